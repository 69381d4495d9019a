namespace Jinning.AppHost.Infrastructure;

/// <summary>The same platform from Aspire's container resources, where a container engine runs.</summary>
public static class ContainerInfrastructure
{
    public static Platform AddContainerPlatform(this IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword,
        IResourceBuilder<ParameterResource> brokerPassword, IResourceBuilder<ParameterResource> departmentPassword)
    {
        var postgres = builder.AddPostgres(ResourceNames.Postgres, password: postgresPassword)
            .WithDataVolume("jinning-postgres")
            .WithLifetime(ContainerLifetime.Persistent);
        var brokerUser = builder.AddParameter("broker-user", LocalInfrastructure.BrokerUser);
        var broker = builder.AddRabbitMQ(ResourceNames.Broker, brokerUser, brokerPassword, port: 5672)
            .WithManagementPlugin()
            .WithDataVolume("jinning-rabbitmq");
        broker.WithDepartmentAccounts(broker.GetEndpoint("management"), LocalInfrastructure.BrokerUser, brokerPassword, departmentPassword, LocalInfrastructure.DepartmentCodes);
        var mail = builder.AddContainer($"{ResourceNames.Mail}-server", "rnwood/smtp4dev", "3.15.0")
            .WithHttpEndpoint(port: 8025, targetPort: 80, name: "http")
            .WithEndpoint(targetPort: 25, name: "smtp", scheme: "tcp");
        var smtp = mail.GetEndpoint("smtp");
        var mailUi = mail.GetEndpoint("http");

        return new Platform
        {
            PostgresServer = postgres,
            Database = name => postgres.AddDatabase(name),
            Broker = broker,
            BrokerServer = broker,
            Mail = builder.AddConnectionString(ResourceNames.Mail, ReferenceExpression.Create(
                $"Endpoint=smtp://{smtp.Property(EndpointProperty.Host)}:{smtp.Property(EndpointProperty.Port)};Api={mailUi.Property(EndpointProperty.Url)}")),
            MailServer = mail,
        };
    }
}
