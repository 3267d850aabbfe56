using System.Globalization;

namespace CoachLens.Web.Components.Shared;

/// <summary>Timestamps as a transcript shows them.</summary>
public static class Time
{
    public static string Of(double? seconds) =>
        seconds is { } s ? TimeSpan.FromSeconds(Math.Floor(s)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "";
}
