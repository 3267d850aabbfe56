using System.Globalization;

namespace CoachLens.Transcripts;

/// <summary>Parses the timestamp shapes transcripts use: hh:mm:ss, mm:ss, h:mm:ss.fff, hh:mm:ss,fff.</summary>
public static class Timestamps
{
    /// <summary>Seconds for a timestamp, or null when the text is not one.</summary>
    public static double? TryParse(string text)
    {
        var s = text.Trim();
        if (s.Length == 0 || s.Length > 13)
        {
            return null;
        }

        var fraction = 0.0;
        var dot = s.IndexOfAny(['.', ',']);
        if (dot >= 0)
        {
            var frac = s[(dot + 1)..];
            if (frac.Length == 0 || frac.Length > 3 || !frac.All(char.IsAsciiDigit))
            {
                return null;
            }

            fraction = int.Parse(frac, CultureInfo.InvariantCulture) / Math.Pow(10, frac.Length);
            s = s[..dot];
        }

        var parts = s.Split(':');
        // Hours may have three digits (WebVTT allows more than two); every other part has one or two.
        if (parts.Length is < 2 or > 3 || parts.Select((p, i) => p.Length is 0 || p.Length > (i == 0 && parts.Length == 3 ? 3 : 2) || !p.All(char.IsAsciiDigit)).Any(bad => bad))
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var (h, m, sec) = numbers.Length == 3 ? (numbers[0], numbers[1], numbers[2]) : (0, numbers[0], numbers[1]);
        if (sec >= 60 || (numbers.Length == 3 && m >= 60))
        {
            return null;
        }

        return (h * 3600) + (m * 60) + sec + fraction;
    }

    /// <summary>Formats seconds as hh:mm:ss for reports.</summary>
    public static string Format(double seconds)
    {
        var total = (long)Math.Floor(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{total / 3600:00}:{total / 60 % 60:00}:{total % 60:00}");
    }
}
