using Jinning.Identity.Data;
using Jinning.Identity.Accounts;
using Jinning.Identity.Operations;
using Jinning.Identity.SignIn;
using Jinning.Identity.Supervisors;
using Jinning.Identity.Tokens;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace Jinning.Identity;

public static class IdentityServiceExtensions
{
    public const string DatabaseName = "identitydb";

    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddServiceDatabase<IdentityDbContext>(DatabaseName, AccountSeeder.SeedAsync);
        builder.AddMessaging<IdentityDbContext>("identity", bus =>
        {
            bus.AddConsumer<SupervisorAccountsConsumer>();
        });
        builder.Services.AddScoped<SignInRevoker>();
        builder.Services.AddScoped<AccountSecrets>();
        builder.Services.AddHttpClient<DepartmentBrokerUsers>(client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.AddOperations();
        builder.AddTokenServer();
        builder.AddDefaultAuthentication();
        builder.AddLoginSession();
        // Every instance reads the sign-in cookie and the login form's antiforgery token another instance wrote.
        builder.Services.AddDataProtection().SetApplicationName("jinning-identity").PersistKeysToDbContext<IdentityDbContext>();
        return builder;
    }
}
