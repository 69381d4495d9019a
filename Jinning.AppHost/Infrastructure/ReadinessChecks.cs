using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Jinning.AppHost.Infrastructure;

/// <summary>Ready when something accepts TCP connections on the endpoint.</summary>
internal sealed class TcpPortCheck(EndpointReference endpoint) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("port not allocated yet");
        }
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", endpoint.Port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}

/// <summary>Ready when PostgreSQL answers a query (it accepts TCP before it can serve).</summary>
internal sealed class PostgresQueryCheck(ReferenceExpression connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(await connectionString.GetValueAsync(cancellationToken));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or SocketException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
