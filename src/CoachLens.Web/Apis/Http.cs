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

    /// <summary>Every form post needs a valid antiforgery token, whatever it binds.</summary>
    public static RouteGroupBuilder RequireAntiforgery(this RouteGroupBuilder group) =>
        group.WithMetadata(new RequireAntiforgeryTokenAttribute());

    public static string Query(params (string Key, string? Value)[] pairs) =>
        "?" + string.Join("&", pairs.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
}
