using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// Provisions each department's own broker account, <c>dept.&lt;code&gt;</c>, through the RabbitMQ
/// management API once the broker is ready: it may declare and read only queues named
/// <c>dept.&lt;code&gt;.*</c>, and bind only its own code on the <c>IssueTransferred</c> topic exchange
/// (topic permissions). The platform's own user binds <c>#</c>.
/// </summary>
public static class BrokerAccounts
{
    public const string IssueTransferredExchange = "Jinning.Contracts.V1:IssueTransferred";

    public static IResourceBuilder<T> WithDepartmentAccounts<T>(
        this IResourceBuilder<T> broker, EndpointReference management, string adminUser,
        IResourceBuilder<ParameterResource> adminPassword, IResourceBuilder<ParameterResource> departmentPassword,
        IEnumerable<string> departmentCodes)
        where T : IResource
    {
        var departments = departmentCodes.ToArray();
        return broker.OnResourceReady(async (_, ready, cancellationToken) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrokerAccounts));
            using var http = new HttpClient { BaseAddress = new Uri(management.Url), Timeout = TimeSpan.FromSeconds(10) };
            var credentials = $"{adminUser}:{await adminPassword.Resource.GetValueAsync(cancellationToken)}";
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
            var password = await departmentPassword.Resource.GetValueAsync(cancellationToken);

            // The management listener can open a moment after AMQP; the exchange must exist before anyone binds to it.
            await RetryAsync(() => PutAsync(http, $"api/exchanges/%2F/{Uri.EscapeDataString(IssueTransferredExchange)}",
                new { type = "topic", durable = true, auto_delete = false, @internal = false, arguments = new { } }, cancellationToken), cancellationToken);

            foreach (var code in departments)
            {
                var user = $"dept.{code}";
                var ownQueues = $"^dept\\.{System.Text.RegularExpressions.Regex.Escape(code)}\\..*$";
                await PutAsync(http, $"api/users/{Uri.EscapeDataString(user)}", new { password, tags = "" }, cancellationToken);
                await PutAsync(http, $"api/permissions/%2F/{Uri.EscapeDataString(user)}", new
                {
                    configure = ownQueues,
                    write = ownQueues,
                    read = $"^(dept\\.{System.Text.RegularExpressions.Regex.Escape(code)}\\..*|{System.Text.RegularExpressions.Regex.Escape(IssueTransferredExchange)})$",
                }, cancellationToken);
                await PutAsync(http, $"api/topic-permissions/%2F/{Uri.EscapeDataString(user)}", new
                {
                    exchange = IssueTransferredExchange,
                    write = "^$",
                    read = $"^{System.Text.RegularExpressions.Regex.Escape(code)}$",
                }, cancellationToken);
            }
            logger.LogInformation("Broker accounts provisioned for {Count} departments", departments.Length);
        });
    }

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
