using System.Security.Claims;
using CoachLens.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoachLens.Web.Setup;

/// <summary>Puts the account's language and display name into the sign-in cookie, so pages need no extra query.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Ui.LanguageClaim, user.Language));
        identity.AddClaim(new Claim("coachlens:name", user.DisplayName));
        return identity;
    }
}
