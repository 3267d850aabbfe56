namespace CoachLens.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int InputError = 3;

    /// <summary>The format needs a program that is not installed (PDF needs Chromium); nothing was written.</summary>
    public const int MissingProgram = 4;
}
