namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// The shared infrastructure, whichever way it runs: one PostgreSQL server with a database per
/// service, one RabbitMQ broker, one development mail server.
/// </summary>
public sealed class Platform
{
    public required IResourceBuilder<IResource> PostgresServer { get; init; }
    public required Func<string, IResourceBuilder<IResourceWithConnectionString>> Database { get; init; }
    public required IResourceBuilder<IResourceWithConnectionString> Broker { get; init; }
    public required IResourceBuilder<IResource> BrokerServer { get; init; }
    public required IResourceBuilder<IResourceWithConnectionString> Mail { get; init; }
    public required IResourceBuilder<IResource> MailServer { get; init; }
}
