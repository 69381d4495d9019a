namespace Jinning.AppHost;

/// <summary>
/// The instances of one service: the first keeps the service's name (<c>ticketing</c>), the others are numbered
/// (<c>ticketing-2</c>, …). Each has its own endpoint, so the gateway balances over them itself, with health checks,
/// instead of through a proxy that hides which instance is down.
/// </summary>
public sealed class ServiceInstances(string name, IReadOnlyList<IResourceBuilder<ProjectResource>> instances)
{
    public string Name { get; } = name;
    public IReadOnlyList<IResourceBuilder<ProjectResource>> All { get; } = instances;
    public IResourceBuilder<ProjectResource> First => All[0];

    public static string InstanceName(string service, int instance) => instance == 1 ? service : $"{service}-{instance}";

    /// <summary>Changes every instance alike.</summary>
    public ServiceInstances Each(Action<IResourceBuilder<ProjectResource>> configure)
    {
        foreach (var instance in All)
        {
            configure(instance);
        }
        return this;
    }

    /// <summary>
    /// Lets <paramref name="client"/> find every instance by service discovery: <c>services__ticketing__http__0..N-1</c>,
    /// which the resolver (and YARP's destination resolver) reads as one service with N endpoints.
    /// </summary>
    public IResourceBuilder<ProjectResource> ReferencedBy(IResourceBuilder<ProjectResource> client)
    {
        for (var index = 0; index < All.Count; index++)
        {
            client.WithEnvironment($"services__{Name}__http__{index}", All[index].GetEndpoint("http"));
            if (!ReferenceEquals(client.Resource, All[index].Resource))
            {
                client.WithRelationship(All[index].Resource, "Reference");
            }
        }
        return client;
    }
}
