using CoachLens.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Setup;

/// <summary>
/// Analyzes sessions in the background, one at a time. At start it picks up sessions left queued or running
/// by a previous run. A failure is recorded on the session and logged by id only, never with client text.
/// </summary>
public sealed partial class AnalysisWorker(IServiceScopeFactory scopes, AnalysisQueue queue, ILogger<AnalysisWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var pending = await db.Sessions.Where(s => s.Status == AnalysisStatus.Queued || s.Status == AnalysisStatus.Running)
                .Select(s => s.Id).ToListAsync(stoppingToken);
            pending.ForEach(queue.Enqueue);
        }

        await foreach (var id in queue.ReadAll(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<SessionService>().Analyze(id, stoppingToken);
                LogAnalyzed(id);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The type only: an exception message could quote the transcript.
                LogFailed(id, ex.GetType().Name);
                await MarkFailed(id);
            }
        }
    }

    private async Task MarkFailed(string id)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Status, AnalysisStatus.Failed)
            .SetProperty(s => s.Error, "internal error during analysis; please report it"));
    }

    [LoggerMessage(LogLevel.Information, "Analyzed session {SessionId}")]
    private partial void LogAnalyzed(string sessionId);

    [LoggerMessage(LogLevel.Error, "Analysis of session {SessionId} failed with {ErrorType}")]
    private partial void LogFailed(string sessionId, string errorType);
}
