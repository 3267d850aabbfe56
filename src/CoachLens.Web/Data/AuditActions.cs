namespace CoachLens.Web.Data;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string Register = "register";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string PasswordChanged = "password-changed";
    public const string Upload = "upload";
    public const string Analysis = "analysis";
    public const string AnalysisFailed = "analysis-failed";
    public const string Share = "share";
    public const string Unshare = "unshare";
    public const string Review = "review";
    public const string Export = "export";
    public const string Delete = "delete";
    public const string RetentionDelete = "retention-delete";
    public const string Settings = "settings";
    public const string AccountDeleted = "account-deleted";
}
