namespace CoachLens.Export;

/// <summary>A renderer that needs a program outside .NET (PDF needs Chromium).</summary>
public interface IRequiresProgram
{
    /// <summary>Null when the program is there; otherwise one line saying how to install it.</summary>
    string? Missing();
}
