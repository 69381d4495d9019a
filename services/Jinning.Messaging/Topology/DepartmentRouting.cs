using Jinning.Contracts.V1;
using MassTransit;
using RabbitMQ.Client;

namespace Jinning.Messaging.Topology;

/// <summary>
/// <see cref="IssueTransferred"/> goes out on a topic exchange with the department code as routing
/// key, so a department's own system (in any language) binds its code and receives only its issues.
/// </summary>
public static class DepartmentRouting
{
    /// <summary>The exchange department systems bind to (MassTransit's default name for the type).</summary>
    public const string IssueTransferredExchange = "Jinning.Contracts.V1:IssueTransferred";

    public static void UseDepartmentRouting(this IRabbitMqBusFactoryConfigurator configurator)
    {
        configurator.Publish<IssueTransferred>(publish => publish.ExchangeType = ExchangeType.Topic);
        configurator.Send<IssueTransferred>(send => send.UseRoutingKeyFormatter(context => context.Message.DepartmentCode));
    }

    /// <summary>For the platform's own consumers of <see cref="IssueTransferred"/>: every department (<c>#</c>).</summary>
    public static void BindAllDepartments(this IReceiveEndpointConfigurator endpoint)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.Bind<IssueTransferred>(binding =>
            {
                binding.ExchangeType = ExchangeType.Topic;
                binding.RoutingKey = "#";
            });
        }
    }
}
