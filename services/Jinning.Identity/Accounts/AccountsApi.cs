using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Jinning.ServiceDefaults.Security;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using OpenIddict.Abstractions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Accounts;

/// <summary>The office manages sign-ins: add, disable, enable, reset a password.</summary>
public static class AccountsApi
{
    public sealed record AccountResponse(
        Guid Id, string UserName, string DisplayName, string Role, string? UnitCode, string? DepartmentCode, Guid? SupervisorId,
        bool Disabled, string? DisabledReason, bool LockedOut, bool Activated, DateTimeOffset CreatedAt);

    public sealed record CreateAccountRequest(string? UserName, string? DisplayName, string? Role, string? UnitCode, string? DepartmentCode, string? Password);
    public sealed record DisableAccountRequest(string? Reason);
    public sealed record ResetPasswordRequest(string? Password);

    /// <summary>Supervisor sign-ins come only from appointments, never from this endpoint.</summary>
    private static readonly string[] CreatableRoles = [Roles.Office, Roles.Nominator, Roles.Department, Roles.Discipline];

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/identity/accounts").WithTags("Accounts").RequireRoles(Roles.Office);
        accounts.MapGet("/", List).WithName("ListAccounts").WithSummary("账户列表");
        accounts.MapPost("/", Create).WithName("CreateAccount").WithSummary("新增账户");
        accounts.MapPost("/{id:guid}/disable", Disable).WithName("DisableAccount").WithSummary("停用账户（立即吊销其令牌）");
        accounts.MapPost("/{id:guid}/enable", Enable).WithName("EnableAccount").WithSummary("启用账户");
        accounts.MapPost("/{id:guid}/reset-password", ResetPassword).WithName("ResetAccountPassword").WithSummary("重置密码（吊销旧令牌）");
        return app;
    }

    public static async Task<Ok<PagedList<AccountResponse>>> List(
        IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken, string? role = null, int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var query = db.Accounts.AsNoTracking();
        if (role is not null)
        {
            query = query.Where(a => a.Role == role);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(a => a.UserName).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new PagedList<AccountResponse>(items.Select(a => ToResponse(a, now)).ToList(), paging.Page, paging.PageSize, total));
    }

    /// <summary>
    /// A department account named <c>dept.&lt;departmentCode&gt;</c> also gets its department system's
    /// OAuth client with the same secret, so a department the office adds can work like the seeded ones.
    /// </summary>
    public static async Task<Results<Created<AccountResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateAccountRequest request, IdentityDbContext db, IOpenIddictApplicationManager applications, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 64) errors["userName"] = ["用户名不能为空，且不超过 64 个字符。"];
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 100) errors["displayName"] = ["名称不能为空，且不超过 100 个字符。"];
        if (request.Role is null || !CreatableRoles.Contains(request.Role)) errors["role"] = [$"角色无效，可选值：{string.Join(", ", CreatableRoles)}。"];
        if (request.Role == Roles.Nominator && string.IsNullOrWhiteSpace(request.UnitCode)) errors["unitCode"] = ["推荐单位账户须指定单位代码。"];
        if (request.Role == Roles.Department && string.IsNullOrWhiteSpace(request.DepartmentCode)) errors["departmentCode"] = ["部门账户须指定部门代码。"];
        PasswordRules.Check(errors, "password", request.Password);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        if (await db.Accounts.AnyAsync(a => a.UserName == request.UserName, cancellationToken))
        {
            return TypedResults.Problem(title: "用户名已存在", detail: $"用户名“{request.UserName}”已被使用。",
                statusCode: StatusCodes.Status409Conflict, type: "https://jinning.gov.cn/problems/duplicate-user-name");
        }

        var now = time.GetUtcNow();
        var account = new Account
        {
            Id = NewId.NextGuid(),
            UserName = request.UserName!,
            DisplayName = request.DisplayName!,
            Role = request.Role!,
            UnitCode = request.Role == Roles.Nominator ? request.UnitCode : null,
            DepartmentCode = request.Role == Roles.Department ? request.DepartmentCode : null,
            CreatedAt = now,
        };
        account.SetPassword(SecretHasher.Hash(request.Password!));
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        if (IsDepartmentSystem(account))
        {
            await DepartmentClients.EnsureAsync(applications, account.DepartmentCode!, account.DisplayName, request.Password!, cancellationToken);
        }
        return TypedResults.Created($"/api/identity/accounts/{account.Id}", ToResponse(account, now));
    }

    public static async Task<Results<Ok<AccountResponse>, NotFound>> Disable(
        Guid id, DisableAccountRequest? request, IdentityDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!account.IsDisabled)
        {
            var reason = string.IsNullOrWhiteSpace(request?.Reason) ? "disabled-by-office" : request.Reason!.Trim();
            account.Disable(reason.Length > 100 ? reason[..100] : reason, now);
            outbox.Revoke(account, "disabled-by-office", now);
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(ToResponse(account, now));
    }

    public static async Task<Results<Ok<AccountResponse>, NotFound>> Enable(Guid id, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }
        account.Enable();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(account, time.GetUtcNow()));
    }

    public static async Task<Results<Ok<AccountResponse>, NotFound, ValidationProblem>> ResetPassword(
        Guid id, ResetPasswordRequest request, IdentityDbContext db, IOpenIddictApplicationManager applications, IOutbox outbox, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        PasswordRules.Check(errors, "password", request.Password);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        account.SetPassword(SecretHasher.Hash(request.Password!));
        outbox.Revoke(account, "password-reset", now);
        await db.SaveChangesAsync(cancellationToken);
        if (IsDepartmentSystem(account))
        {
            await DepartmentClients.EnsureAsync(applications, account.DepartmentCode!, account.DisplayName, request.Password!, cancellationToken);
        }
        return TypedResults.Ok(ToResponse(account, now));
    }

    private static AccountResponse ToResponse(Account account, DateTimeOffset now) => new(
        account.Id, account.UserName, account.DisplayName, account.Role, account.UnitCode, account.DepartmentCode, account.SupervisorId,
        account.IsDisabled, account.DisabledReason, account.IsLockedOut(now), account.PasswordHash is not null, account.CreatedAt);

    private static bool IsDepartmentSystem(Account account) =>
        account.Role == Roles.Department && account.DepartmentCode is { } code && account.UserName == DepartmentClients.ClientIdFor(code);
}
