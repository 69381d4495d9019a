using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// Provisions each service's own broker user through the RabbitMQ management API once the broker is
/// ready, and declares the topic exchange department systems bind to. A service may declare, read
/// and write only what MassTransit names after it (its queues <c>&lt;service&gt;-…</c>, their
/// <c>_error</c> and <c>_skipped</c> twins and same-named exchanges, and its temporary
/// <c>…_bus_…</c> endpoint) and the message-type exchanges <c>Jinning.Contracts.V1:…</c> it publishes
/// to and binds from. Department users (<c>dept.&lt;code&gt;</c>) are not made here: the identity
/// service manages them, with each department's own secret.
/// </summary>
public static class BrokerAccounts
{
    public const string IssueTransferredExchange = "Jinning.Contracts.V1:IssueTransferred";

    /// <summary>The configure, write and read permission of a service's broker user (one regex for all three).</summary>
    public static string PermissionsOf(string service) =>
        $"^({Regex.Escape(service)}-.*|[^:]*_bus_[^:]*|Jinning\\.Contracts\\.V1:.*)$";

    public static IResourceBuilder<T> WithServiceUsers<T>(
        this IResourceBuilder<T> broker, EndpointReference management, string adminUser,
        IResourceBuilder<ParameterResource> adminPassword, IReadOnlyList<ServiceAccount> accounts)
        where T : IResource => broker.OnResourceReady(async (_, ready, cancellationToken) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrokerAccounts));
            using var http = new HttpClient { BaseAddress = new Uri(management.Url), Timeout = TimeSpan.FromSeconds(10) };
            var credentials = $"{adminUser}:{await adminPassword.Resource.GetValueAsync(cancellationToken)}";
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));

            // The management listener can open a moment after AMQP; the exchange must exist before anyone binds to it.
            await RetryAsync(() => PutAsync(http, $"api/exchanges/%2F/{Uri.EscapeDataString(IssueTransferredExchange)}",
                new { type = "topic", durable = true, auto_delete = false, @internal = false, arguments = new { } }, cancellationToken), cancellationToken);

            foreach (var account in accounts)
            {
                var user = Uri.EscapeDataString(account.Name);
                var password = await account.BrokerPassword.Resource.GetValueAsync(cancellationToken);
                var own = PermissionsOf(account.Name);
                await PutAsync(http, $"api/users/{user}", new { password, tags = "" }, cancellationToken);
                await PutAsync(http, $"api/permissions/%2F/{user}", new { configure = own, write = own, read = own }, cancellationToken);
            }
            logger.LogInformation("Broker users provisioned for {Count} services", accounts.Count);
        });

    private static async Task PutAsync(HttpClient http, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(path, body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"RabbitMQ management PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static async Task RetryAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception exception) when (attempt < 60 && exception is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
