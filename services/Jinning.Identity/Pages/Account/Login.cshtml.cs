using System.Security.Claims;
using Jinning.Identity.Passwords;
using Jinning.Identity.SignIn;
using Jinning.ServiceDefaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.Pages.Account;

/// <summary>
/// The login page of the single sign-on: the web console sends people here through
/// <c>/connect/authorize</c>, and they go back there once the password is right.
/// </summary>
public sealed class LoginModel(PasswordSignIn passwords) : PageModel
{
    /// <summary>Where the console lands a person who opened this page directly.</summary>
    private const string ConsoleLogin = "/login";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    /// <summary>The console's activation page sends new supervisors here with <c>activated=1</c>.</summary>
    public bool Activated { get; private set; }

    public void OnGet()
    {
        var authorize = AuthorizeParameters();
        UserName = authorize["login_hint"].FirstOrDefault() is { Length: > 0 and <= 64 } hint ? hint : null;
        Activated = authorize["activated"] == "1";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await passwords.CheckAsync(UserName?.Trim(), Password, ClientAddress.Of(HttpContext), cancellationToken);
        if (!result.Succeeded)
        {
            Error = result.Refusal;
            Password = null;
            return Page();
        }

        var account = result.Account!;
        var identity = new ClaimsIdentity(LoginSession.Scheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, account.Id.ToString()));
        identity.AddClaim(new Claim(Claims.Name, account.UserName));
        await HttpContext.SignInAsync(LoginSession.Scheme, new ClaimsPrincipal(identity));

        return LocalRedirect(IsAuthorizeRequest(ReturnUrl) ? ReturnUrl! : ConsoleLogin);
    }

    /// <summary>Only a local authorization request may follow the login: never an address elsewhere.</summary>
    private bool IsAuthorizeRequest(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal);

    /// <summary>The parameters of the authorization request this login is for (empty if none).</summary>
    private IQueryCollection AuthorizeParameters()
    {
        if (!IsAuthorizeRequest(ReturnUrl) || ReturnUrl!.IndexOf('?') is not (var at and >= 0))
        {
            return QueryCollection.Empty;
        }
        return new QueryCollection(QueryHelpers.ParseQuery(ReturnUrl[at..]));
    }
}
