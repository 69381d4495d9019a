using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// Least privilege (issue 15) as the AppHost provisions it: each service connects to PostgreSQL and
/// RabbitMQ with its own account, which reaches its own things only, and ticketing's own connection
/// cannot rewrite its append-only tables.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LeastPrivilegeTests(PlatformFixture platform)
{
    [Fact]
    public async Task TicketingsOwnConnection_ReadsAndAppendsItsHistory_ButCannotUpdateOrDeleteIt()
    {
        // A real issue, so the history has rows and the statements below have something to change.
        var office = await platform.Accounts.TokenAsync("office");
        await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office,
            new { title = "权限测试", description = "热线来电。", category = "other", channel = "hotline", source = "hotline" });

        await using var connection = new NpgsqlConnection(platform.ServiceDatabase("ticketing", "ticketingdb"));
        await connection.OpenAsync();
        Assert.True(await ScalarAsync(connection, "SELECT count(*) FROM issue_history") > 0);
        Assert.True(await ScalarAsync(connection, "SELECT current_user = 'ticketing'") == 1);

        foreach (var statement in new[]
        {
            "UPDATE issue_history SET note = 'rewritten'",
            "DELETE FROM issue_history",
            "TRUNCATE issue_history",
            "DELETE FROM reporter_identity_views",
            "ALTER TABLE issue_history DISABLE TRIGGER ALL",
            "DROP TABLE reporter_identity_views",
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, statement));
            // Refused by the privileges themselves, not only by the trigger that would say "append-only".
            Assert.True(refused.SqlState is "42501", $"{statement}: {refused.SqlState} {refused.MessageText}");
            Assert.DoesNotContain("append-only", refused.MessageText);
        }
    }

    [Fact]
    public async Task ServiceRole_CannotConnectToAnotherServicesDatabase()
    {
        var own = new NpgsqlConnectionStringBuilder(platform.ServiceDatabase("reporting", "reportingdb"));
        await using (var allowed = new NpgsqlConnection(own.ConnectionString))
        {
            await allowed.OpenAsync();
        }
        own.Database = "identitydb";
        await using var foreign = new NpgsqlConnection(own.ConnectionString);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => foreign.OpenAsync());
        Assert.Equal("42501", refused.SqlState);
    }

    [Fact]
    public async Task ServiceBrokerUser_UsesItsOwnQueues_ButNotAnotherServices()
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(await platform.BrokerAmqpUriAsync("reporting", "jinning-dev-reporting-broker")),
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using (var own = await connection.CreateChannelAsync())
        {
            await own.QueueDeclareAsync("reporting-least-privilege-probe", durable: false, exclusive: true, autoDelete: true);
        }

        await using var channel = await connection.CreateChannelAsync();
        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(
            () => channel.QueueDeclareAsync("notification-least-privilege-probe", durable: false, exclusive: true, autoDelete: true));
        Assert.Equal((ushort)403, refused.ShutdownReason?.ReplyCode);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
