using Jinning.Identity.Data;
using Jinning.Identity.SignIn;
using Jinning.ServiceDefaults.Security;
using Jinning.Identity.Tokens;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Reference;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Jinning.Identity.Accounts;

/// <summary>
/// Creates the accounts API.md lists, once: <c>office</c>, <c>discipline</c>, <c>nominator.&lt;unit&gt;</c>,
/// and <c>dept.&lt;department&gt;</c> both as a person and as an OAuth client of its department system
/// (and a broker user). In development all start with the documented <c>Identity:SeedPassword</c>.
/// Elsewhere no account shares a password: each gets its own one-time activation code, printed once
/// at the first start for the operator to hand over, and its holder sets their own password.
/// Existing accounts are never overwritten.
/// </summary>
public static class AccountSeeder
{
    public const string DevelopmentDefaultPassword = "Jinning#2026";

    public static async Task SeedAsync(IdentityDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var environment = services.GetRequiredService<IHostEnvironment>();
        var password = SeedPassword(configuration, environment);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var existing = await db.Accounts.Select(a => a.UserName).ToHashSetAsync(cancellationToken);
        var created = Wanted(now).Where(a => !existing.Contains(a.UserName)).ToList();
        var codes = new List<(string UserName, string Code)>();
        var passwordHash = password is null ? null : SecretHasher.Hash(password);
        foreach (var account in created)
        {
            if (passwordHash is not null)
            {
                account.SetPassword(passwordHash);
            }
            else
            {
                var code = ActivationCodes.New();
                account.IssueActivation(SecretHasher.Hash(code));
                codes.Add((account.UserName, code));
            }
            db.Accounts.Add(account);
        }
        await db.SaveChangesAsync(cancellationToken);

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var department in DistrictReference.Departments)
        {
            if (await applications.FindByClientIdAsync(DepartmentClients.ClientIdFor(department.Key), cancellationToken) is null)
            {
                await DepartmentClients.EnsureAsync(applications, department.Key, department.Value, password ?? ActivationCodes.Unusable(),
                    cancellationToken);
            }
        }
        await ConsoleClient.EnsureAsync(applications, configuration, environment, cancellationToken);
        await SeedBrokerUsersAsync(services.GetRequiredService<DepartmentBrokerUsers>(), created, password, cancellationToken);
        PrintOnce(codes);
    }

    /// <summary>
    /// Development keeps every department's broker user on the shared password (tests rely on it). Elsewhere a new
    /// department's user exists without a password until the department activates.
    /// </summary>
    private static async Task SeedBrokerUsersAsync(DepartmentBrokerUsers brokers, List<Account> created, string? password,
        CancellationToken cancellationToken)
    {
        var departments = password is not null
            ? DistrictReference.Departments.Keys.ToList()
            : created.Where(a => a.DepartmentCode is not null).Select(a => a.DepartmentCode!).ToList();
        foreach (var code in departments)
        {
            // The management listener opens a moment after the broker accepts AMQP.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await brokers.SetSecretAsync(code, password, cancellationToken);
                    break;
                }
                catch (HttpRequestException) when (attempt < 30)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                }
            }
        }
    }

    /// <summary>Only at the start that created the accounts, to the process's own output: never stored, never logged again.</summary>
    private static void PrintOnce(List<(string UserName, string Code)> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }
        Console.Out.WriteLine("首次启动：以下账户各有一次性激活码，请分别交给各单位，由其在 POST /api/identity/activate 设置自己的密码。");
        foreach (var (userName, code) in codes)
        {
            Console.Out.WriteLine($"  {userName}\t{code}");
        }
        Console.Out.Flush();
    }

    private static List<Account> Wanted(DateTimeOffset now)
    {
        var wanted = new List<Account>
        {
            NewAccount("office", "区营商环境办", Roles.Office, now),
            NewAccount("discipline", "区纪委区监委", Roles.Discipline, now),
        };
        wanted.AddRange(DistrictReference.NominatingUnits.Select(unit =>
            NewAccount($"nominator.{unit.Key}", unit.Value, Roles.Nominator, now, unitCode: unit.Key)));
        wanted.AddRange(DistrictReference.Departments.Select(department =>
            NewAccount($"{TokenEndpoint.DepartmentClientPrefix}{department.Key}", department.Value, Roles.Department, now,
                departmentCode: department.Key)));
        return wanted;
    }

    /// <summary>
    /// The shared seed password exists in development only. Outside development the service refuses to start with one
    /// set at all, the development default or any other: a password shared by every unit is no one's own.
    /// </summary>
    public static string? SeedPassword(IConfiguration configuration, IHostEnvironment environment)
    {
        var password = configuration["Identity:SeedPassword"];
        if (environment.IsDevelopment())
        {
            return string.IsNullOrEmpty(password) ? DevelopmentDefaultPassword : password;
        }
        if (!string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException(password == DevelopmentDefaultPassword
                ? "Identity:SeedPassword is the development default; outside development seeded accounts get one-time activation codes."
                : "Identity:SeedPassword would give every seeded account one shared password; outside development leave it unset: "
                    + "each account gets its own one-time activation code.");
        }
        return null;
    }

    private static Account NewAccount(string userName, string displayName, string role, DateTimeOffset now, string? unitCode = null,
        string? departmentCode = null) => new()
        {
            Id = NewId.NextGuid(),
            UserName = userName,
            DisplayName = displayName,
            Role = role,
            UnitCode = unitCode,
            DepartmentCode = departmentCode,
            CreatedAt = now,
        };
}
