using CoachLens.Privacy;
using CoachLens.Tests.Support;
using CoachLens.Transcripts.Writers;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

/// <summary>
/// Random mutations of every fixture, with a fixed seed so a failure reproduces: whatever the bytes,
/// loading either succeeds or throws <see cref="TranscriptException"/>, and a transcript that loads can
/// be redacted and written. About 5,000 cases; inputs are small, so the run takes seconds.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261122;
    private const int CasesPerFixture = 120;

    private static readonly byte[][] Tokens =
    [
        "-->"u8.ToArray(), "WEBVTT\n"u8.ToArray(), ": "u8.ToArray(), "\n\n"u8.ToArray(), "<v "u8.ToArray(), "</v>"u8.ToArray(),
        "[00:00:01]"u8.ToArray(), "99:99:99,999"u8.ToArray(), "{"u8.ToArray(), "["u8.ToArray(), "\"turns\""u8.ToArray(),
        [0x00], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xC3], [0x81], "PK\u0003\u0004"u8.ToArray(), "<w:t>"u8.ToArray(),
        "Coach: "u8.ToArray(), "NOTE"u8.ToArray(), "\r"u8.ToArray(), "(pause)"u8.ToArray(), "a@b.co"u8.ToArray(),
    ];

    public static TheoryData<string> Fixtures() =>
        [.. Some.FormatFixtures().Concat(Some.BadFixtures()).Concat(Some.RoleFixtures()).Select(f => Path.GetRelativePath(Repo.Root, f))];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void MutatedFixture_OnlyEverThrowsTranscriptException(string fixture)
    {
        var original = File.ReadAllBytes(Some.InRepo(fixture));
        var random = new Random(Seed ^ StableHash(fixture));
        var loaded = 0;
        for (var i = 0; i < CasesPerFixture; i++)
        {
            var mutated = Mutate(original, random);
            try
            {
                var transcript = TranscriptLoader.Load(mutated, Path.GetFileName(fixture));
                var redacted = Redactor.Redact(transcript, new RedactionOptions(["review"]));
                foreach (var writer in TranscriptWriters.Default)
                {
                    Assert.NotEmpty(writer.Write(redacted));
                }

                loaded++;
            }
            catch (TranscriptException ex)
            {
                Assert.DoesNotContain('\n', ex.Message);
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i} of {fixture} threw {ex.GetType().Name}: {ex.Message}\n{Convert.ToBase64String(mutated)}");
            }
        }

        // Mutations of a good fixture must sometimes still load, or the redactor and writers went untested.
        Assert.True(fixture.Contains("Bad", StringComparison.Ordinal) || loaded > 0, $"no mutation of {fixture} loaded");
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var steps = random.Next(1, 6);
        for (var s = 0; s < steps; s++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40)));
                    break;
                case 3:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 5 when bytes.Count > 1:
                    var from = random.Next(bytes.Count);
                    var length = Math.Min(bytes.Count - from, random.Next(1, 200));
                    bytes.InsertRange(at, bytes.GetRange(from, length));
                    break;
                default:
                    if (bytes.Count > 0)
                    {
                        bytes[at] = (byte)random.Next(256);
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    // string.GetHashCode is randomized per process; a fixed seed needs a stable one.
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}
