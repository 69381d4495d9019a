using Jinning.Identity.Accounts;
using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Supervisors;

public static class ActivationApi
{
    /// <summary>A supervisor names the certificate number; any other account holder (office, unit, department) its user name.</summary>
    public sealed record ActivateRequest(string? CertificateNumber, string? ActivationCode, string? Password, bool? PledgeAccepted)
    {
        public string? UserName { get; init; }
    }
    public sealed record PledgeResponse(string Title, IReadOnlyList<string> Articles, string Statement);

    public static IEndpointRouteBuilder MapActivationApi(this IEndpointRouteBuilder app)
    {
        var signIn = app.MapGroup("/api/identity").WithTags("Sign-in");
        signIn.MapPost("/activate", Activate).WithName("ActivateSupervisor")
            .WithSummary("凭一次性激活码设置自己的密码：监督员凭聘书编号并承诺遵守第七条组织纪律，其他账户凭用户名").AllowAnonymous();
        signIn.MapGet("/pledge", GetPledge).WithName("GetSupervisorPledge")
            .WithSummary("激活时须承诺遵守的组织纪律（第七条）全文").AllowAnonymous();
        return app;
    }

    public static Ok<PledgeResponse> GetPledge() => TypedResults.Ok(new PledgeResponse(Pledge.Title, Pledge.Articles, Pledge.Statement));

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Activate(
        ActivateRequest request, IdentityDbContext db, AccountSecrets secrets, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var byUserName = !string.IsNullOrWhiteSpace(request.UserName);
        if (byUserName && request.UserName!.Length > 64)
        {
            errors["userName"] = ["用户名不超过 64 个字符。"];
        }
        if (!byUserName && (string.IsNullOrWhiteSpace(request.CertificateNumber) || request.CertificateNumber.Length > 64))
        {
            errors["certificateNumber"] = ["请填写聘书编号。"];
        }
        if (string.IsNullOrWhiteSpace(request.ActivationCode) || request.ActivationCode.Length > 64)
        {
            errors["activationCode"] = ["请填写激活码。"];
        }
        PasswordRules.Check(errors, "password", request.Password);
        if (!byUserName && request.PledgeAccepted != true)
        {
            errors["pledgeAccepted"] = ["须阅读并承诺遵守组织纪律后方可激活。"];
        }
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var userName = byUserName ? request.UserName!.Trim() : request.CertificateNumber!.Trim().ToUpperInvariant();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        // One answer for every failure, so the endpoint does not reveal which accounts exist.
        if (account is null || !account.CanActivate || !SecretHasher.Verify(request.ActivationCode!.Trim(), account.ActivationCodeHash!))
        {
            return TypedResults.Problem(
                title: "激活失败", detail: "账户或激活码不正确，或激活码已使用。",
                statusCode: StatusCodes.Status400BadRequest, type: "https://jinning.gov.cn/problems/activation-failed");
        }
        if (account.Role == Roles.Supervisor && request.PledgeAccepted != true)
        {
            return InputProblems.Invalid("pledgeAccepted", "须阅读并承诺遵守组织纪律后方可激活。");
        }

        // A department's system and broker user take the same secret, changed before the account is saved.
        if (await secrets.ChangeAsync(account, request.Password!, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }
        account.Activate(SecretHasher.Hash(request.Password!), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
