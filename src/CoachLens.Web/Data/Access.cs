namespace CoachLens.Web.Data;

/// <summary>How a signed-in account may use a session.</summary>
public enum Access
{
    None,
    Mentor,
    Owner,
}
