using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Jinning.Web.Api;

/// <summary>
/// The services of the live page (circuit) whose code is running, for the HTTP message handlers,
/// which IHttpClientFactory creates in a scope of their own (the pattern the Blazor documentation
/// gives for "services from a different DI scope").
/// </summary>
public sealed class CircuitServicesAccessor
{
    private static readonly AsyncLocal<IServiceProvider?> Current = new();

    public IServiceProvider? Services
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}

public sealed class ServicesAccessorCircuitHandler(IServiceProvider services, CircuitServicesAccessor accessor) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            accessor.Services = services;
            await next(context);
            accessor.Services = null;
        };
}
