namespace CoachLens.Web.Apis;

/// <summary>Serves the app's own stylesheet and script from embedded resources (no CDN, no build step).</summary>
public static class AssetsApi
{
    private static readonly Dictionary<string, (string Type, byte[] Body)> Assets = Load();

    public static void MapAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext http) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(asset.Body, asset.Type);
        });

    private static Dictionary<string, (string, byte[])> Load()
    {
        var assembly = typeof(AssetsApi).Assembly;
        var result = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        const string prefix = "CoachLens.Web.Assets.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource[prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            result[name] = (type, buffer.ToArray());
        }

        return result;
    }
}
