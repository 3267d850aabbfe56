using System.Threading.RateLimiting;
using CoachLens.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoachLens.Web.Setup;

/// <summary>Accounts (ASP.NET Core Identity), cookies, antiforgery and sign-in rate limiting.</summary>
public static class AccountSetup
{
    public const string SignInLimit = "sign-in";

    public static WebApplicationBuilder AddCoachLensAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // Length over character classes (NIST 800-63B); lockout slows guessing of one account.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<AppDb>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddDefaultTokenProviders();

        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<CoachLensOptions>>((o, cl) => o.Cookie.SecurePolicy = SecurePolicy(cl.Value));
        builder.Services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<CoachLensOptions>>((o, cl) => o.Cookie.SecurePolicy = SecurePolicy(cl.Value));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "coachlens.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/login";
            o.LogoutPath = "/api/account/logout";
            o.AccessDeniedPath = "/error/404";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "coachlens.csrf";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = http.RequestServices.GetRequiredService<IOptions<CoachLensOptions>>().Value.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static CookieSecurePolicy SecurePolicy(CoachLensOptions options) =>
        options.SecureCookies == "always" ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
