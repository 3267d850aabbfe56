using System.Globalization;
using System.Text;

namespace CoachLens.Benchmarks;

/// <summary>
/// Generates a 3-hour coaching session in each input format: about 1,500 turns and 26,000 words,
/// alternating coach and client, with annotations, so reading cost is measured on a realistic size.
/// </summary>
public static class ThreeHourSession
{
    public const int Seconds = 3 * 60 * 60;

    private static readonly string[] CoachLines =
    [
        "What would you like to focus on next?",
        "You said it felt heavy. What makes it heavy for you right now?",
        "What do you notice as you say that out loud?",
        "So the deadline matters, and so does your team. What's important about both?",
        "How will you know you've made progress by the end of today?",
    ];

    private static readonly string[] ClientLines =
    [
        "I think it's about the promotion again. Every time I get close I start doubting whether I want it at all, and then I stall for weeks.",
        "Um, it's the feeling that everyone is waiting for me to fail. [pause] Which I know isn't true, but it's loud in my head on Monday mornings.",
        "That I've been saying this for two years. [laughs] My partner could recite it by now, honestly, word for word.",
        "Both matter. The team trusts me and I don't want to let them down, but I also need evenings back before something breaks.",
        "If I had one sentence I could say to my director on Thursday, without apologising first and without over-explaining everything.",
    ];

    public static IEnumerable<(string Speaker, double Start, double End, string Text)> Turns()
    {
        var t = 0.0;
        for (var i = 0; t < Seconds; i++)
        {
            var coach = i % 2 == 0;
            var text = coach ? CoachLines[i / 2 % CoachLines.Length] : ClientLines[i / 2 % ClientLines.Length];
            var length = coach ? 4.5 : 9.5;
            yield return (coach ? "Elif Kaya" : "Tom Becker", t, t + length, text);
            t += length + 0.4;
        }
    }

    public static byte[] WebVtt()
    {
        var sb = new StringBuilder("WEBVTT\n\n");
        var n = 1;
        foreach (var (speaker, start, end, text) in Turns())
        {
            sb.Append(n++).Append('\n').Append(Time(start, '.')).Append(" --> ").Append(Time(end, '.')).Append('\n')
              .Append(speaker).Append(": ").Append(text).Append("\n\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] Text()
    {
        var sb = new StringBuilder();
        foreach (var (speaker, start, _, text) in Turns())
        {
            sb.Append('[').Append(Time(start, null)).Append("] ").Append(speaker).Append(": ").Append(text).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Time(double seconds, char? fraction)
    {
        var ts = TimeSpan.FromSeconds(seconds);
        var hms = string.Create(CultureInfo.InvariantCulture, $"{(int)ts.TotalHours:00}:{ts.Minutes:00}:{ts.Seconds:00}");
        return fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $"{hms}{f}{ts.Milliseconds:000}") : hms;
    }
}
