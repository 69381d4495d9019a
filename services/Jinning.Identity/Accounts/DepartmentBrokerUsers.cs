using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

namespace Jinning.Identity.Accounts;

/// <summary>
/// A department's broker account, <c>dept.&lt;code&gt;</c>, kept by identity through RabbitMQ's
/// management API (<c>ConnectionStrings:broker-management</c>) so its password is always the
/// department's client secret: set when the department activates or is reset, cleared (no login)
/// when it is disabled or has not yet activated. It may declare and read only queues named
/// <c>dept.&lt;code&gt;.*</c> and bind only its own code on the <c>IssueTransferred</c> topic exchange.
/// Without a management address (service tests) it does nothing.
/// </summary>
public sealed class DepartmentBrokerUsers(HttpClient http, IConfiguration configuration, ILogger<DepartmentBrokerUsers> logger)
{
    public const string IssueTransferredExchange = "Jinning.Contracts.V1:IssueTransferred";
    private readonly Uri? _management = configuration.GetConnectionString("broker-management") is { Length: > 0 } address
        ? new Uri(address) : null;

    public bool Configured => _management is not null;

    /// <summary>The user signs in with <paramref name="secret"/>, or not at all when it is null.</summary>
    public async Task SetSecretAsync(string departmentCode, string? secret, CancellationToken cancellationToken)
    {
        if (_management is null)
        {
            logger.LogWarning("No broker management address: broker user of {Department} left as it is", departmentCode);
            return;
        }
        var user = Uri.EscapeDataString(DepartmentClients.ClientIdFor(departmentCode));
        var code = Regex.Escape(departmentCode);
        var ownQueues = $"^dept\\.{code}\\..*$";
        object password = secret is null ? new { password_hash = "", tags = "" } : new { password = secret, tags = "" };
        await PutAsync($"api/users/{user}", password, cancellationToken);
        await PutAsync($"api/permissions/%2F/{user}", new
        {
            configure = ownQueues,
            write = ownQueues,
            read = $"^(dept\\.{code}\\..*|{Regex.Escape(IssueTransferredExchange)})$",
        }, cancellationToken);
        await PutAsync($"api/topic-permissions/%2F/{user}", new { exchange = IssueTransferredExchange, write = "^$", read = $"^{code}$" },
            cancellationToken);
    }

    private async Task PutAsync(string path, object body, CancellationToken cancellationToken)
    {
        var address = new UriBuilder(new Uri(_management!, path)) { UserName = "", Password = "" }.Uri;
        using var request = new HttpRequestMessage(HttpMethod.Put, address) { Content = JsonContent.Create(body) };
        var credentials = Uri.UnescapeDataString(_management!.UserInfo);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"RabbitMQ management PUT {path} answered {(int)response.StatusCode}: {answer}");
        }
    }
}
