using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Jinning.ServiceDefaults.Security;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Identity.Accounts;

/// <summary>
/// The office manages sign-ins: add, disable, enable, reset. Outside development the office never
/// chooses anyone's password: a new or reset account gets a one-time activation code, shown once,
/// and its holder sets their own. Development may still set one directly (tests do).
/// </summary>
public static class AccountsApi
{
    public sealed record AccountResponse(
        Guid Id, string UserName, string DisplayName, string Role, string? UnitCode, string? DepartmentCode, Guid? SupervisorId,
        bool Disabled, string? DisabledReason, bool LockedOut, bool Activated, DateTimeOffset CreatedAt)
    {
        /// <summary>The one-time code for the holder to set their own password: only in the answer that issued it.</summary>
        public string? ActivationCode { get; init; }
    }

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
        CreateAccountRequest request, IdentityDbContext db, AccountSecrets secrets, IHostEnvironment environment, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 64) errors["userName"] = ["用户名不能为空，且不超过 64 个字符。"];
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 100) errors["displayName"] = ["名称不能为空，且不超过 100 个字符。"];
        if (request.Role is null || !CreatableRoles.Contains(request.Role)) errors["role"] = [$"角色无效，可选值：{string.Join(", ", CreatableRoles)}。"];
        if (request.Role == Roles.Nominator && string.IsNullOrWhiteSpace(request.UnitCode)) errors["unitCode"] = ["推荐单位账户须指定单位代码。"];
        if (request.Role == Roles.Department && string.IsNullOrWhiteSpace(request.DepartmentCode)) errors["departmentCode"] = ["部门账户须指定部门代码。"];
        CheckChosenPassword(errors, request.Password, environment);
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
        var code = SetSecret(account, request.Password);
        if (await secrets.ChangeAsync(account, request.Password, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/identity/accounts/{account.Id}", ToResponse(account, now) with { ActivationCode = code });
    }

    public static async Task<Results<Ok<AccountResponse>, NotFound, ProblemHttpResult>> Disable(
        Guid id, DisableAccountRequest? request, IdentityDbContext db, SignInRevoker revoker, AccountSecrets secrets, TimeProvider time,
        CancellationToken cancellationToken)
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
            // A disabled department's system and broker user stop too: nobody holds their secret any more.
            if (await secrets.ChangeAsync(account, null, cancellationToken) is { } unavailable)
            {
                return unavailable;
            }
            account.Disable(reason.Length > 100 ? reason[..100] : reason, now);
            await revoker.RevokeAsync(account, "disabled-by-office", now, cancellationToken);
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

    /// <summary>Revokes every token of the account; without a password (always, outside development) issues an activation code.</summary>
    public static async Task<Results<Ok<AccountResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ResetPassword(
        Guid id, ResetPasswordRequest? request, IdentityDbContext db, AccountSecrets secrets, SignInRevoker revoker,
        IHostEnvironment environment, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CheckChosenPassword(errors, request?.Password, environment);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }
        if (await secrets.ChangeAsync(account, request?.Password, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }
        var now = time.GetUtcNow();
        var code = SetSecret(account, request?.Password);
        await revoker.RevokeAsync(account, "password-reset", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(account, now) with { ActivationCode = code });
    }

    /// <summary>Outside development the office may not choose a password: the holder does, with an activation code.</summary>
    private static void CheckChosenPassword(Dictionary<string, string[]> errors, string? password, IHostEnvironment environment)
    {
        if (password is null)
        {
            return;
        }
        if (!environment.IsDevelopment())
        {
            errors["password"] = ["密码由账户持有人凭激活码自行设置，请不要填写密码。"];
            return;
        }
        PasswordRules.Check(errors, "password", password);
    }

    /// <summary>The chosen password (development), or a new one-time activation code, which is returned to show once.</summary>
    private static string? SetSecret(Account account, string? password)
    {
        if (password is not null)
        {
            account.SetPassword(SecretHasher.Hash(password));
            return null;
        }
        var code = ActivationCodes.New();
        account.IssueActivation(SecretHasher.Hash(code));
        return code;
    }

    private static AccountResponse ToResponse(Account account, DateTimeOffset now) => new(
        account.Id, account.UserName, account.DisplayName, account.Role, account.UnitCode, account.DepartmentCode, account.SupervisorId,
        account.IsDisabled, account.DisabledReason, account.IsLockedOut(now), account.PasswordHash is not null, account.CreatedAt);
}
