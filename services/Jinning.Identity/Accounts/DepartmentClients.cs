using Jinning.Identity.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Jinning.Identity.Accounts;

/// <summary>
/// A department's system signs in with client credentials as <c>dept.&lt;code&gt;</c>, with the same
/// secret as the department's account: seeded for the known departments, created when the office
/// adds the account of a new one, and changed with its password.
/// </summary>
public static class DepartmentClients
{
    public static string ClientIdFor(string departmentCode) => $"{TokenEndpoint.DepartmentClientPrefix}{departmentCode}";

    public static async Task EnsureAsync(IOpenIddictApplicationManager applications, string departmentCode, string displayName, string secret,
        CancellationToken cancellationToken)
    {
        var clientId = ClientIdFor(departmentCode);
        var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (existing is not null)
        {
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, existing, cancellationToken);
            descriptor.ClientSecret = secret;
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
            return;
        }
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"{displayName} 业务系统",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "api" },
        }, cancellationToken);
    }
}
