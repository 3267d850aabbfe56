using System.Collections.Immutable;
using System.Text.Json;
using CoachLens.Exam.Drill;
using CoachLens.Exam.Scoring;
using CoachLens.Exam.Sessions;

namespace CoachLens.Exam.Storage;

/// <summary>
/// The exam's local state in one directory: session-FORM.json (a form in progress), attempts.json (history)
/// and drill.json (the weak-area drill). Every write goes to a temporary file first and is then renamed,
/// so an interrupted write never leaves half a file.
/// </summary>
public sealed class ExamStore(string directory)
{
    private const int Version = 1;

    public string Directory { get; } = directory;

    public string SessionPath(string formId) => Path.Combine(Directory, $"session-{formId}.json");

    public string AttemptsPath => Path.Combine(Directory, "attempts.json");

    public string DrillPath => Path.Combine(Directory, "drill.json");

    /// <summary>The saved session for a form; its timer comes back paused, whatever it was when saved.</summary>
    public ExamSession? LoadSession(string formId)
    {
        var file = Read<SessionFile>(SessionPath(formId));
        return file?.Session is { } s ? s with { Timer = new ExamTimer(s.Timer.Elapsed, null) } : null;
    }

    public void SaveSession(ExamSession session) =>
        Write(SessionPath(session.FormId ?? throw new ArgumentException("only form sessions are saved", nameof(session))), new SessionFile(Version, session));

    public void DeleteSession(string formId) => File.Delete(SessionPath(formId));

    public IReadOnlyList<Attempt> LoadAttempts() => Read<AttemptsFile>(AttemptsPath)?.Attempts ?? [];

    public void AddAttempt(Attempt attempt) => Write(AttemptsPath, new AttemptsFile(Version, [.. LoadAttempts(), attempt]));

    public DrillState LoadDrill()
    {
        var file = Read<DrillFile>(DrillPath);
        return file is null
            ? DrillState.Empty
            : new DrillState(file.Items.ToImmutableDictionary(e => e.ItemId, StringComparer.Ordinal));
    }

    public void SaveDrill(DrillState state) =>
        Write(DrillPath, new DrillFile(Version, state.Entries.Values.OrderBy(e => e.ItemId, StringComparer.Ordinal).ToList()));

    private static T? Read<T>(string path)
        where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), StateJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the state file {path} is damaged ({ex.Message}); move it away to start fresh", ex);
        }
    }

    private void Write<T>(string path, T value)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temp = Path.Combine(Directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, JsonSerializer.Serialize(value, StateJson.Options) + "\n");
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
