using Jinning.AppHost.Infrastructure;

namespace Jinning.AppHost;

public static class ServiceResources
{
    /// <summary>
    /// A Jinning service with its own database and the broker. It starts once both answer, and is
    /// healthy only when its own <c>/health</c> (database, broker, migrations) says so.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, Platform platform, string databaseName)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(name: "http")
            .WithReference(platform.Database(databaseName))
            .WithReference(platform.Broker)
            .WaitFor(platform.PostgresServer)
            .WaitFor(platform.BrokerServer)
            .WithHttpHealthCheck("/health");

    /// <summary><c>Jinning:Ports:Gateway</c>, 8080 by default; 0 lets the orchestrator pick (tests).</summary>
    public static int? GatewayPort(this IDistributedApplicationBuilder builder) =>
        int.TryParse(builder.Configuration["Jinning:Ports:Gateway"], out var port) && port > 0 ? port : null;
}
