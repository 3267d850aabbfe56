namespace CoachLens.Web.Data;

/// <summary>The three roles. Every account is a coach or a mentor; the first account is also the admin.</summary>
public static class Roles
{
    public const string Coach = "coach";
    public const string Mentor = "mentor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Coach, Mentor, Admin];
}
