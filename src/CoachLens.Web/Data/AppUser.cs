using Microsoft.AspNetCore.Identity;

namespace CoachLens.Web.Data;

/// <summary>An account: a coach, a mentor or an admin (roles), with its own UI language and retention.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>"en" or "tr".</summary>
    public string Language { get; set; } = "en";

    /// <summary>Sessions older than this many days are deleted; null keeps them until deleted by hand.</summary>
    public int? RetentionDays { get; set; }

    public DateTime CreatedAt { get; set; }
}
