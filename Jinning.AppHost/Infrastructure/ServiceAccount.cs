namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// What one service may use of the shared servers: its own PostgreSQL role, owning only its own
/// database, and its own broker user, confined to its own queues and exchanges. The name is the
/// service's resource name, which is also the role, the broker user and its queue prefix.
/// </summary>
public sealed record ServiceAccount(string Name, string Database, IResourceBuilder<ParameterResource> DatabasePassword,
    IResourceBuilder<ParameterResource> BrokerPassword)
{
    /// <summary>The role that owns a service's append-only tables; the service itself may only read and add rows.</summary>
    public string AppendOnlyOwner => $"{Name}_history";

    /// <summary>Parameters <c>&lt;service&gt;-db-password</c> and <c>&lt;service&gt;-broker-password</c> (development defaults in appsettings.json).</summary>
    public static ServiceAccount For(IDistributedApplicationBuilder builder, string name, string database) => new(name, database,
        builder.AddParameter($"{name}-db-password", secret: true), builder.AddParameter($"{name}-broker-password", secret: true));
}
