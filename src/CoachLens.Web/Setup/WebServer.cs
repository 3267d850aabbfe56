namespace CoachLens.Web.Setup;

/// <summary>`coachlens serve`: the same app as Program.cs, configured from the command line.</summary>
public static class WebServer
{
    public static void Run(int port, string? dataDir, string? postgres)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        if (dataDir is not null)
        {
            builder.Configuration[$"{CoachLensOptions.Section}:DataDir"] = Path.GetFullPath(dataDir);
        }

        if (postgres is not null)
        {
            builder.Configuration[$"{CoachLensOptions.Section}:Postgres"] = postgres;
        }

        builder.AddCoachLens();
        var app = builder.Build();
        app.UseCoachLens();
        app.Run();
    }
}
