using System.Security.Claims;
using CoachLens.Web.Data;
using CoachLens.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Apis;

/// <summary>Register, sign in and out, password, language, retention, sharing everything, export.</summary>
public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/account").RequireAntiforgery();
        open.MapPost("/register", Register).RequireRateLimiting(AccountSetup.SignInLimit);
        open.MapPost("/login", Login).RequireRateLimiting(AccountSetup.SignInLimit);
        open.MapPost("/language", Language);

        var signedIn = app.MapGroup("/api/account").RequireAuthorization().RequireAntiforgery();
        signedIn.MapPost("/logout", Logout);
        signedIn.MapPost("/password", ChangePassword);
        signedIn.MapPost("/retention", Retention);
        signedIn.MapPost("/shares", ShareAll);
        signedIn.MapPost("/shares/{shareId}/delete", Unshare);
        signedIn.MapPost("/export", Export);
        signedIn.MapPost("/delete", DeleteAccount);
    }

    /// <summary>The posted form; every field may be missing.</summary>
    public sealed class RegisterForm
    {
        public string? Email { get; set; }

        public string? Name { get; set; }

        public string? Password { get; set; }

        public string? Role { get; set; }
    }

    /// <summary>The posted form; every field may be missing.</summary>
    public sealed class LoginForm
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }
    }

    private static async Task<IResult> Register(
        [FromForm] RegisterForm form, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, TimeProvider time, Ui ui)
    {
        if (string.IsNullOrWhiteSpace(form.Email) || !form.Email.Contains('@') || string.IsNullOrWhiteSpace(form.Name) || (form.Password?.Length ?? 0) < 10)
        {
            return Results.Redirect("/register" + Http.Query(("error", "invalid")));
        }

        if (await users.FindByEmailAsync(form.Email.Trim()) is not null)
        {
            return Results.Redirect("/register" + Http.Query(("error", "taken")));
        }

        var user = new AppUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.Name.Trim(),
            Language = ui.Lang,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            return Results.Redirect("/register" + Http.Query(("error", "invalid")));
        }

        // The first account administers the installation.
        if (await users.Users.CountAsync() == 1)
        {
            await users.AddToRoleAsync(user, Roles.Admin);
        }

        await users.AddToRoleAsync(user, form.Role == Roles.Mentor ? Roles.Mentor : Roles.Coach);
        await audit.Write(AuditActions.Register, user.Id, user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        return Results.Redirect("/sessions");
    }

    private static async Task<IResult> Login([FromForm] LoginForm form, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
    {
        var user = string.IsNullOrWhiteSpace(form.Email) ? null : await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || string.IsNullOrEmpty(form.Password))
        {
            return Results.Redirect("/login" + Http.Query(("error", "invalid"), ("returnUrl", form.ReturnUrl)));
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.Write(AuditActions.SignInFailed, null, user.Id, detail: result.IsLockedOut ? "locked out" : null);
            return Results.Redirect("/login" + Http.Query(("error", result.IsLockedOut ? "locked" : "invalid"), ("returnUrl", form.ReturnUrl)));
        }

        await audit.Write(AuditActions.SignIn, user.Id, user.Id);
        return Results.Redirect(Http.LocalOr(form.ReturnUrl, "/sessions"));
    }

    private static async Task<IResult> Logout(ClaimsPrincipal principal, SignInManager<AppUser> signIn, AuditLog audit)
    {
        var id = principal.UserId();
        await signIn.SignOutAsync();
        await audit.Write(AuditActions.SignOut, id, id);
        return Results.Redirect("/");
    }

    private static async Task<IResult> ChangePassword(
        [FromForm] string? current, [FromForm] string? next, ClaimsPrincipal principal, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || current is null || next is null)
        {
            return Results.Redirect("/account" + Http.Query(("password", "error")));
        }

        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            return Results.Redirect("/account" + Http.Query(("password", "error")));
        }

        await signIn.RefreshSignInAsync(user);
        await audit.Write(AuditActions.PasswordChanged, user.Id, user.Id);
        return Results.Redirect("/account" + Http.Query(("password", "done")));
    }

    /// <summary>Works signed out too (a cookie); signed in, it is stored with the account.</summary>
    private static async Task<IResult> Language(
        [FromForm] string? lang, [FromForm] string? returnUrl, HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var chosen = UiStrings.Normalize(lang);
        http.Response.Cookies.Append(Ui.LanguageCookie, chosen, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
        if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user)
        {
            user.Language = chosen;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        return Results.Redirect(Http.LocalOr(returnUrl, "/"));
    }

    private static async Task<IResult> Retention([FromForm] string? days, ClaimsPrincipal principal, UserManager<AppUser> users, AuditLog audit)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Results.Redirect("/login");
        }

        user.RetentionDays = int.TryParse(days, out var n) && n > 0 ? Math.Min(n, 36500) : null;
        await users.UpdateAsync(user);
        await audit.Write(AuditActions.Settings, user.Id, user.Id, detail: $"retention {user.RetentionDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "off"}");
        return Results.Redirect("/account" + Http.Query(("retention", "done")));
    }

    private static async Task<IResult> ShareAll([FromForm] string? mentorEmail, ClaimsPrincipal principal, Sharing sharing)
    {
        var ok = await sharing.Share(principal.UserId(), mentorEmail, sessionId: null);
        return Results.Redirect("/account" + Http.Query(("share", ok ? "done" : "error")));
    }

    private static async Task<IResult> Unshare(string shareId, ClaimsPrincipal principal, Sharing sharing)
    {
        await sharing.Unshare(principal.UserId(), shareId);
        return Results.Redirect("/account");
    }

    /// <summary>Needs the password again: this cannot be undone.</summary>
    private static async Task<IResult> DeleteAccount(
        [FromForm] string? password, ClaimsPrincipal principal, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountRemoval removal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return Results.Redirect("/account" + Http.Query(("delete", "error")));
        }

        await removal.Remove(user);
        await signIn.SignOutAsync();
        return Results.Redirect("/");
    }

    private static async Task<IResult> Export(ClaimsPrincipal principal, AccountExport export, AuditLog audit)
    {
        var id = principal.UserId();
        var zip = await export.Zip(id);
        await audit.Write(AuditActions.Export, id, id, detail: $"{zip.Length} bytes");
        return Results.File(zip, "application/zip", "coachlens-export.zip");
    }
}
