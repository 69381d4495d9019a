namespace Jinning.Web.Sessions;

/// <summary>
/// The console calls the gateway for its users; it says whose address a call is for, so anonymous
/// budgets (public complaints, sign-in attempts) stay per person. The gateway believes this header
/// only from proxies it is configured to trust.
/// </summary>
public static class ForwardedFor
{
    public const string Header = "X-Forwarded-For";

    public static void Add(HttpRequestMessage request, string? clientAddress)
    {
        if (!string.IsNullOrEmpty(clientAddress))
        {
            request.Headers.Remove(Header);
            request.Headers.TryAddWithoutValidation(Header, clientAddress);
        }
    }
}
