using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Identity.Accounts;

/// <summary>
/// A department's password is also its system's client secret and its broker password: the three
/// change together (activation, reset), or not at all. The broker goes first: if it cannot be
/// reached, nothing changes and the caller is told to retry. For other accounts there is nothing beside
/// the password.
/// </summary>
public sealed class AccountSecrets(IOpenIddictApplicationManager applications, DepartmentBrokerUsers brokers, ILogger<AccountSecrets> logger)
{
    /// <summary>Sets the department's system secret and broker password to <paramref name="secret"/> (null: nobody may use them).</summary>
    public async Task<ProblemHttpResult?> ChangeAsync(Account account, string? secret, CancellationToken cancellationToken)
    {
        if (!IsDepartmentSystem(account))
        {
            return null;
        }
        try
        {
            await brokers.SetSecretAsync(account.DepartmentCode!, secret, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            logger.LogError(exception, "Broker user of {Department} could not be updated", account.DepartmentCode);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "消息服务暂时不可用",
                detail: "部门的消息队列账户暂时无法更新，密码未作更改，请稍后重试。", type: "https://jinning.gov.cn/problems/broker-unavailable");
        }
        await DepartmentClients.EnsureAsync(applications, account.DepartmentCode!, account.DisplayName, secret ?? ActivationCodes.Unusable(),
            cancellationToken);
        return null;
    }

    public static bool IsDepartmentSystem(Account account) =>
        account.Role == Roles.Department && account.DepartmentCode is { } code && account.UserName == DepartmentClients.ClientIdFor(code);
}
