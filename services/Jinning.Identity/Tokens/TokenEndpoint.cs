using System.Security.Claims;
using Jinning.Identity.Accounts;
using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Jinning.ServiceDefaults.Security;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.Tokens;

/// <summary><c>POST /connect/token</c>: OpenIddict validates the request, this decides who gets a token.</summary>
public static class TokenEndpoint
{
    public const string DepartmentClientPrefix = "dept.";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Exchange(HttpContext http, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request is missing.");

        if (request.IsPasswordGrantType())
        {
            return await PasswordAsync(request, db, time, cancellationToken);
        }
        if (request.IsClientCredentialsGrantType())
        {
            return await DepartmentSystemAsync(request, db, cancellationToken);
        }
        if (request.IsRefreshTokenGrantType())
        {
            return await RefreshAsync(http, request, db, cancellationToken);
        }
        return Refuse(Errors.UnsupportedGrantType, "不支持的授权类型。");
    }

    private static async Task<IResult> PasswordAsync(OpenIddictRequest request, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.UserName == request.Username, cancellationToken);
        if (account is { IsDisabled: false } && account.IsLockedOut(now))
        {
            return Refuse(Errors.InvalidGrant, "连续多次密码错误，账户已临时锁定，请稍后再试。");
        }
        if (account is null || account.IsDisabled || account.PasswordHash is null
            || !SecretHasher.Verify(request.Password ?? "", account.PasswordHash))
        {
            if (account is { IsDisabled: false })
            {
                account.RecordFailedSignIn(now);
                await db.SaveChangesAsync(cancellationToken);
            }
            // The same answer for an unknown user, a wrong password and a disabled account.
            return Refuse(Errors.InvalidGrant, "用户名或密码不正确。");
        }

        account.RecordSuccessfulSignIn();
        await db.SaveChangesAsync(cancellationToken);
        return SignIn(account, request.GetScopes());
    }

    private static async Task<IResult> DepartmentSystemAsync(OpenIddictRequest request, IdentityDbContext db, CancellationToken cancellationToken)
    {
        // OpenIddict has already checked the client secret; the client id names the department.
        var clientId = request.ClientId ?? "";
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.UserName == clientId && a.Role == Roles.Department, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return Refuse(Errors.InvalidClient, "该部门系统已停用。");
        }
        return SignIn(account, request.GetScopes());
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, OpenIddictRequest request, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = result.Principal?.GetClaim(Claims.Subject);
        var account = Guid.TryParse(subject, out var id)
            ? await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        if (account is null || account.IsDisabled)
        {
            return Refuse(Errors.InvalidGrant, "登录已失效，请重新登录。");
        }
        return SignIn(account, result.Principal!.GetScopes());
    }

    private static IResult SignIn(Account account, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Id.ToString())
            .SetClaim(Claims.Name, account.UserName)
            .SetClaim(Claims.Role, account.Role)
            .SetClaim(JinningClaims.SupervisorId, account.SupervisorId?.ToString())
            .SetClaim(JinningClaims.DepartmentCode, account.DepartmentCode)
            .SetClaim(JinningClaims.UnitCode, account.UnitCode);
        identity.SetScopes(scopes);
        identity.SetResources(JinningClaims.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
