using Jinning.Identity.Data;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.SignIn;

/// <summary><c>/connect/userinfo</c>: the holder of an access token, read afresh from the account.</summary>
public static class UserInfoEndpoint
{
    public static IEndpointRouteBuilder MapUserInfoEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfo).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> UserInfo(HttpContext http, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var account = Guid.TryParse(token.Principal?.GetClaim(Claims.Subject), out var id)
            ? await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        if (account is null || account.IsDisabled)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "登录已失效。",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        return Results.Ok(new Dictionary<string, object?>
        {
            [Claims.Subject] = account.Id.ToString(),
            [Claims.Name] = account.UserName,
            [JinningClaims.DisplayName] = account.DisplayName,
            [Claims.Role] = account.Role,
            [JinningClaims.SupervisorId] = account.SupervisorId,
            [JinningClaims.DepartmentCode] = account.DepartmentCode,
            [JinningClaims.UnitCode] = account.UnitCode,
        });
    }
}
