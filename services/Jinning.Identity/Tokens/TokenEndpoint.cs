using Jinning.Identity.Accounts;
using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
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
        app.MapPost("/connect/token", Exchange)
            .WithTags("Sign-in")
            .WithName("Token")
            .WithSummary("取得访问令牌：用户名和密码、单位系统的客户端凭据、刷新令牌")
            .Accepts<TokenExchangeDocs.Request>("application/x-www-form-urlencoded")
            .Produces<TokenExchangeDocs.Granted>()
            .Produces<TokenExchangeDocs.Refused>(StatusCodes.Status400BadRequest)
            .Produces<TokenExchangeDocs.Refused>(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<IResult> Exchange(HttpContext http, IdentityDbContext db, PasswordSignIn passwords, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request is missing.");

        if (request.IsPasswordGrantType())
        {
            return await PasswordAsync(request, passwords, ClientAddress.Of(http), cancellationToken);
        }
        if (request.IsClientCredentialsGrantType())
        {
            return await DepartmentSystemAsync(request, db, cancellationToken);
        }
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return await RenewAsync(http, db, cancellationToken);
        }
        return Refuse(Errors.UnsupportedGrantType, "不支持的授权类型。");
    }

    private static async Task<IResult> PasswordAsync(OpenIddictRequest request, PasswordSignIn passwords, string address,
        CancellationToken cancellationToken)
    {
        var result = await passwords.CheckAsync(request.Username, request.Password, address, cancellationToken);
        if (!result.Succeeded)
        {
            return Refuse(Errors.InvalidGrant, result.Refusal!);
        }
        return SignIn(result.Account!, request.GetScopes());
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

    /// <summary>
    /// An authorization code (the web console's sign-in) or a refresh token: OpenIddict has checked it;
    /// the claims are read afresh from the account, which may have been disabled since.
    /// </summary>
    private static async Task<IResult> RenewAsync(HttpContext http, IdentityDbContext db, CancellationToken cancellationToken)
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

    private static IResult SignIn(Account account, IEnumerable<string> scopes) =>
        Results.SignIn(AccountPrincipal.Create(account, scopes), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
