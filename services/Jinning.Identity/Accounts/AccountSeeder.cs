using Jinning.Identity.Data;
using Jinning.Identity.Passwords;
using Jinning.Identity.SignIn;
using Jinning.ServiceDefaults.Security;
using Jinning.Identity.Tokens;
using Jinning.ServiceDefaults.Authentication;
using Jinning.ServiceDefaults.Reference;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Jinning.Identity.Accounts;

/// <summary>
/// Creates the accounts API.md lists, once: <c>office</c>, <c>discipline</c>, <c>nominator.&lt;unit&gt;</c>,
/// and <c>dept.&lt;department&gt;</c> both as a person and as an OAuth client of its department system.
/// All start with <c>Identity:SeedPassword</c>; existing accounts are never overwritten.
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

        var wanted = new List<Account>
        {
            NewAccount("office", "区营商环境办", Roles.Office, now),
            NewAccount("discipline", "区纪委区监委", Roles.Discipline, now),
        };
        wanted.AddRange(DistrictReference.NominatingUnits.Select(unit =>
            NewAccount($"nominator.{unit.Key}", unit.Value, Roles.Nominator, now, unitCode: unit.Key)));
        wanted.AddRange(DistrictReference.Departments.Select(department =>
            NewAccount($"{TokenEndpoint.DepartmentClientPrefix}{department.Key}", department.Value, Roles.Department, now, departmentCode: department.Key)));

        var existing = await db.Accounts.Select(a => a.UserName).ToHashSetAsync(cancellationToken);
        var passwordHash = SecretHasher.Hash(password);
        foreach (var account in wanted.Where(a => !existing.Contains(a.UserName)))
        {
            account.SetPassword(passwordHash);
            db.Accounts.Add(account);
        }
        await db.SaveChangesAsync(cancellationToken);

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var department in DistrictReference.Departments)
        {
            if (await applications.FindByClientIdAsync(DepartmentClients.ClientIdFor(department.Key), cancellationToken) is null)
            {
                await DepartmentClients.EnsureAsync(applications, department.Key, department.Value, password, cancellationToken);
            }
        }
        await ConsoleClient.EnsureAsync(applications, configuration, environment, cancellationToken);
    }

    /// <summary>Outside development the well-known default must have been replaced; the service will not start otherwise.</summary>
    public static string SeedPassword(IConfiguration configuration, IHostEnvironment environment)
    {
        var password = configuration["Identity:SeedPassword"];
        if (string.IsNullOrEmpty(password))
        {
            password = environment.IsDevelopment() ? DevelopmentDefaultPassword
                : throw new InvalidOperationException("Identity:SeedPassword must be set outside development.");
        }
        if (password == DevelopmentDefaultPassword && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Identity:SeedPassword is the development default; set a real one before running in production.");
        }
        return password;
    }

    private static Account NewAccount(string userName, string displayName, string role, DateTimeOffset now, string? unitCode = null, string? departmentCode = null) => new()
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
