namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// The shared infrastructure, whichever way it runs: one PostgreSQL server with a database and a
/// role per service, one RabbitMQ broker with a user per service, one development mail server.
/// </summary>
public sealed class Platform
{
    public required IResourceBuilder<IResource> PostgresServer { get; init; }
    /// <summary>A service's connection to its own database, as its own role.</summary>
    public required Func<ServiceAccount, ReferenceExpression> Database { get; init; }
    /// <summary>A service's AMQP connection, as its own broker user.</summary>
    public required Func<ServiceAccount, ReferenceExpression> Broker { get; init; }
    /// <summary>The broker's management API with the administrator's credentials: for the identity service alone.</summary>
    public required ReferenceExpression BrokerManagement { get; init; }
    public required IResourceBuilder<IResource> BrokerServer { get; init; }
    public required IResourceBuilder<IResourceWithConnectionString> Mail { get; init; }
    public required IResourceBuilder<IResource> MailServer { get; init; }
}
