using CoachLens.Web.Apis;
using CoachLens.Web.Components;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachLens.Web.Setup;

/// <summary>The two calls Program.cs makes: what the app needs, and how requests flow through it.</summary>
public static class CoachLensSetup
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddCoachLens(this WebApplicationBuilder builder)
    {
        // Options are read when first used, not here, so hosts and tests can still change configuration.
        builder.Services.AddOptions<CoachLensOptions>()
            .Bind(builder.Configuration.GetSection(CoachLensOptions.Section))
            .PostConfigure<IConfiguration>((o, config) => o.Postgres ??= config["COACHLENS_POSTGRES"]);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Request logs name paths (session ids), never bodies; keep the framework's chatter to warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // Forms are small; the upload endpoint raises its own limit (RequestSizeLimit on the endpoint).
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            // A pasted transcript arrives as one form value; let it be as large as a file may be.
            o.ValueLengthLimit = (int)Data.UploadRules.MaxRequestBytes;
            o.MultipartBodyLengthLimit = Data.UploadRules.MaxRequestBytes;
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Ui>();
        builder.AddCoachLensStorage();
        builder.AddCoachLensAccounts();
        builder.Services.AddSingleton<AnalysisQueue>();
        builder.Services.AddHostedService<AnalysisWorker>();
        builder.Services.AddHostedService<RetentionWorker>();
        builder.Services.AddRazorComponents();
        return builder;
    }

    public static WebApplication UseCoachLens(this WebApplication app)
    {
        app.MigrateCoachLensDatabase().GetAwaiter().GetResult();
        app.UseExceptionHandler("/error/500", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAssets();
        app.MapErrors();
        app.MapAccountApi();
        app.MapSessionApi();
        app.MapRazorComponents<App>();
        return app;
    }
}
