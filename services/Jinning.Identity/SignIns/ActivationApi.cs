using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.SignIns;

public static class ActivationApi
{
    public sealed record ActivateRequest(string? CertificateNumber, string? ActivationCode, string? Password);

    public const int MinimumPasswordLength = 10;

    public static IEndpointRouteBuilder MapActivationApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity").WithTags("Sign-in")
            .MapPost("/activate", Activate).WithName("ActivateSupervisor").WithSummary("监督员凭激活码设置密码");
        return app;
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Activate(
        ActivateRequest request, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.CertificateNumber)) errors["certificateNumber"] = ["聘书编号不能为空。"];
        if (string.IsNullOrWhiteSpace(request.ActivationCode)) errors["activationCode"] = ["激活码不能为空。"];
        if (request.Password is null || request.Password.Length < MinimumPasswordLength)
            errors["password"] = [$"密码至少 {MinimumPasswordLength} 个字符。"];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "请求参数有误");
        }

        var signIn = await db.SupervisorSignIns.FirstOrDefaultAsync(s => s.UserName == request.CertificateNumber, cancellationToken);
        // One answer for every failure, so the endpoint does not reveal which certificates exist.
        if (signIn is null || !signIn.CanActivate || !SecretHasher.Verify(request.ActivationCode!, signIn.ActivationCodeHash!))
        {
            return TypedResults.Problem(
                title: "激活失败", detail: "聘书编号或激活码不正确，或激活码已使用。",
                statusCode: StatusCodes.Status400BadRequest, type: "https://jinning.gov.cn/problems/activation-failed");
        }

        signIn.Activate(SecretHasher.Hash(request.Password!), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
