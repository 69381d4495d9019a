using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Supervisors;

public static class ActivationApi
{
    public sealed record ActivateRequest(string? CertificateNumber, string? ActivationCode, string? Password);

    public static IEndpointRouteBuilder MapActivationApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity").WithTags("Sign-in")
            .MapPost("/activate", Activate).WithName("ActivateSupervisor").WithSummary("监督员凭聘书编号和激活码设置密码")
            .AllowAnonymous();
        return app;
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Activate(
        ActivateRequest request, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.CertificateNumber)) errors["certificateNumber"] = ["聘书编号不能为空。"];
        if (string.IsNullOrWhiteSpace(request.ActivationCode)) errors["activationCode"] = ["激活码不能为空。"];
        PasswordRules.Check(errors, "password", request.Password);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var account = await db.Accounts.FirstOrDefaultAsync(a => a.UserName == request.CertificateNumber, cancellationToken);
        // One answer for every failure, so the endpoint does not reveal which certificates exist.
        if (account is null || !account.CanActivate || !SecretHasher.Verify(request.ActivationCode!, account.ActivationCodeHash!))
        {
            return TypedResults.Problem(
                title: "激活失败", detail: "聘书编号或激活码不正确，或激活码已使用。",
                statusCode: StatusCodes.Status400BadRequest, type: "https://jinning.gov.cn/problems/activation-failed");
        }

        account.Activate(SecretHasher.Hash(request.Password!));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
