using CoachLens.Web.Setup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoachLens.Web.Data;

/// <summary>
/// The uploaded transcripts: one encrypted file per session in DATA/transcripts, protected with
/// ASP.NET Core Data Protection (keys in DATA/keys). Deleting removes the file.
/// </summary>
public sealed class TranscriptStore
{
    private readonly IDataProtector protector;
    private readonly string folder;

    public TranscriptStore(IDataProtectionProvider protection, IOptions<CoachLensOptions> options)
    {
        protector = protection.CreateProtector("CoachLens.Transcripts.v1");
        folder = Path.Combine(options.Value.DataDir, "transcripts");
        Directory.CreateDirectory(folder);
    }

    public string PathOf(string sessionId) =>
        Ids.IsWellFormed(sessionId) ? Path.Combine(folder, sessionId + ".bin") : throw new ArgumentException("not a session id", nameof(sessionId));

    public async Task Save(string sessionId, byte[] content, CancellationToken ct = default) =>
        await File.WriteAllBytesAsync(PathOf(sessionId), protector.Protect(content), ct);

    public async Task<byte[]> Load(string sessionId, CancellationToken ct = default) =>
        protector.Unprotect(await File.ReadAllBytesAsync(PathOf(sessionId), ct));

    public void Delete(string sessionId)
    {
        var path = PathOf(sessionId);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Report JSON quotes the transcript, so it is protected the same way before it goes into the database.</summary>
    public byte[] Protect(string text) => protector.Protect(System.Text.Encoding.UTF8.GetBytes(text));

    public string Unprotect(byte[] data) => System.Text.Encoding.UTF8.GetString(protector.Unprotect(data));
}
