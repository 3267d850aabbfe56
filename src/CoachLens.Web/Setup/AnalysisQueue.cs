using System.Threading.Channels;

namespace CoachLens.Web.Setup;

/// <summary>Session ids waiting for analysis. Uploads enqueue; <see cref="AnalysisWorker"/> drains.</summary>
public sealed class AnalysisQueue
{
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(string sessionId) => channel.Writer.TryWrite(sessionId);

    public IAsyncEnumerable<string> ReadAll(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);
}
