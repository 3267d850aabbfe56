using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;

namespace CoachLens.Web.Apis;

/// <summary>Small helpers the endpoints share.</summary>
public static class Http
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("not signed in");

    /// <summary>Only local paths, so a crafted link cannot send a user elsewhere after signing in.</summary>
    public static string LocalOr(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;

    /// <summary>
    /// Every form post needs a valid antiforgery token, whatever it binds. The middleware only records the
    /// result; endpoints that bind no form field would not look at it, so this filter does.
    /// </summary>
    public static RouteGroupBuilder RequireAntiforgery(this RouteGroupBuilder group)
    {
        group.WithMetadata(new RequireAntiforgeryTokenAttribute());
        group.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true })
            {
                return await next(context);
            }

            // A body over the server's limit cannot be read, token included: say what is wrong (413), not just 400.
            var limit = context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return context.HttpContext.Request.ContentLength > limit
                ? Results.StatusCode(StatusCodes.Status413PayloadTooLarge)
                : Results.BadRequest();
        });
        return group;
    }

    public static string Query(params (string Key, string? Value)[] pairs) =>
        "?" + string.Join("&", pairs.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
}
