namespace CoachLens.Web.Tests.Support;

/// <summary>The two databases every web rule runs against.</summary>
public enum Database
{
    Sqlite,
    Postgres,
}
