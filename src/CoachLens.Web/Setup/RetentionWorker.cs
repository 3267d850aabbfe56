using CoachLens.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachLens.Web.Setup;

/// <summary>Deletes sessions older than their owner's retention setting, at start and then every sweep interval.</summary>
public sealed partial class RetentionWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<CoachLensOptions> options, ILogger<RetentionWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweep, time);
        do
        {
            using var scope = scopes.CreateScope();
            var deleted = await Sweep(scope.ServiceProvider);
            if (deleted > 0)
            {
                LogSwept(deleted);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep; returns how many sessions it deleted.</summary>
    public static async Task<int> Sweep(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDb>();
        var sessions = services.GetRequiredService<SessionService>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var owners = await db.Users.Where(u => u.RetentionDays != null).Select(u => new { u.Id, u.RetentionDays }).ToListAsync();
        var count = 0;
        foreach (var owner in owners)
        {
            var cutoff = now.AddDays(-owner.RetentionDays!.Value);
            var old = await db.Sessions.Where(s => s.OwnerId == owner.Id && s.CreatedAt < cutoff).ToListAsync();
            foreach (var session in old)
            {
                await sessions.Delete(session, null, AuditActions.RetentionDelete);
                count++;
            }
        }

        return count;
    }

    [LoggerMessage(LogLevel.Information, "Retention deleted {Count} sessions")]
    private partial void LogSwept(int count);
}
