using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Jinning.ServiceDefaults.Authentication;

/// <summary>
/// Reads the identity service's discovery document and key set over service discovery. The
/// document names the public issuer (the gateway's address), so its <c>jwks_uri</c> is followed
/// on the identity service's own address instead.
/// </summary>
internal sealed class IdentityMetadataRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var configuration = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel));
        var keysAddress = new Uri(new Uri(address), new Uri(configuration.JwksUri).PathAndQuery);
        configuration.JsonWebKeySet = JsonWebKeySet.Create(await retriever.GetDocumentAsync(keysAddress.ToString(), cancel));
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }
        return configuration;
    }
}
