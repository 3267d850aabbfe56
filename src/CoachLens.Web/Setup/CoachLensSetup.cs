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
        var options = builder.Configuration.GetSection(CoachLensOptions.Section).Get<CoachLensOptions>() ?? new CoachLensOptions();
        options.Postgres ??= builder.Configuration["COACHLENS_POSTGRES"];
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Data.UploadRules.MaxRequestBytes);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Ui>();
        builder.AddCoachLensStorage(options);
        builder.AddCoachLensAccounts(options);
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
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAssets();
        app.MapAccountApi();
        app.MapSessionApi();
        app.MapRazorComponents<App>();
        return app;
    }
}
