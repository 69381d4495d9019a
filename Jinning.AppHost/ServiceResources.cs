using Microsoft.Extensions.Configuration;
using Jinning.AppHost.Infrastructure;

namespace Jinning.AppHost;

public static class ServiceResources
{
    /// <summary>
    /// A Jinning service with its own database and the broker, each through its own account. It starts once both answer, and is
    /// healthy only when its own <c>/health</c> (database, broker, migrations) says so. Tokens it
    /// accepts are issued for <paramref name="issuer"/> (the gateway's address).
    /// </summary>
    public static ServiceInstances AddService<TProject>(
        this IDistributedApplicationBuilder builder, ServiceAccount account, Platform platform, EndpointReference issuer)
        where TProject : IProjectMetadata, new()
    {
        var instances = new List<IResourceBuilder<ProjectResource>>();
        for (var instance = 1; instance <= builder.Replicas(); instance++)
        {
            var resource = builder.AddServiceInstance<TProject>(ServiceInstances.InstanceName(account.Name, instance), account, platform, issuer);
            if (instance > 1)
            {
                // Migrations, seeding and the development token certificate are made once, by the first instance.
                resource.WaitFor(instances[0]);
            }
            instances.Add(resource);
        }
        return new ServiceInstances(account.Name, instances);
    }

    private static IResourceBuilder<ProjectResource> AddServiceInstance<TProject>(this IDistributedApplicationBuilder builder, string name,
        ServiceAccount account, Platform platform, EndpointReference issuer)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(name: "http")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("Auth__Issuer", issuer)
            // Its own role and its own broker user: what the service can reach is what it owns.
            .WithEnvironment($"ConnectionStrings__{account.Database}", platform.Database(account))
            .WithEnvironment("ConnectionStrings__broker", platform.Broker(account))
            .WaitFor(platform.PostgresServer)
            .WaitFor(platform.BrokerServer)
            .WithHttpHealthCheck("/health");

    /// <summary>Every service validates tokens against the identity service's keys, found by service discovery.</summary>
    public static ServiceInstances WithTokenKeysFrom(this ServiceInstances service, ServiceInstances identity) =>
        service.Each(instance => identity.ReferencedBy(instance));

    /// <summary><c>Jinning:Replicas</c>: how many instances of every service run (1 by default; the gateway is always one).</summary>
    public static int Replicas(this IDistributedApplicationBuilder builder) =>
        int.TryParse(builder.Configuration["Jinning:Replicas"], out var replicas) && replicas > 1 ? replicas : 1;

    /// <summary>
    /// Passes a section of the AppHost's configuration to a service as its own settings, e.g.
    /// <c>Jinning:RateLimits:Token</c> → <c>Gateway:RateLimits:Token</c> (tests use short windows and delays).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSettingsFrom(this IResourceBuilder<ProjectResource> service, IConfiguration configuration,
        string appHostSection, string serviceSection)
    {
        foreach (var setting in configuration.GetSection(appHostSection).GetChildren())
        {
            service.WithEnvironment($"{serviceSection.Replace(":", "__")}__{setting.Key}", setting.Value);
        }
        return service;
    }

    /// <summary><c>Jinning:Ports:Gateway</c>, 8080 by default; 0 lets the orchestrator pick (tests).</summary>
    public static int? GatewayPort(this IDistributedApplicationBuilder builder) =>
        int.TryParse(builder.Configuration["Jinning:Ports:Gateway"], out var port) && port > 0 ? port : null;
}
