namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// The same platform from Aspire's container resources, where a container engine runs: the same
/// roles and users, provisioned the same way once each server is ready (not exercised on machines
/// without an engine).
/// </summary>
public static class ContainerInfrastructure
{
    public static Platform AddContainerPlatform(this IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword,
        IResourceBuilder<ParameterResource> brokerPassword, IReadOnlyList<ServiceAccount> accounts)
    {
        var postgres = builder.AddPostgres(ResourceNames.Postgres, password: postgresPassword)
            .WithDataVolume("jinning-postgres")
            .WithLifetime(ContainerLifetime.Persistent);
        var sql = postgres.GetEndpoint("tcp");
        postgres.WithServiceRoles(ReferenceExpression.Create(
            $"Host={sql.Property(EndpointProperty.Host)};Port={sql.Property(EndpointProperty.Port)};Username=postgres;"
            + $"Password={postgresPassword.Resource};Database=postgres"), accounts);
        var brokerUser = builder.AddParameter("broker-user", LocalInfrastructure.BrokerUser);
        var broker = builder.AddRabbitMQ(ResourceNames.Broker, brokerUser, brokerPassword, port: 5672)
            .WithManagementPlugin()
            .WithDataVolume("jinning-rabbitmq");
        var amqp = broker.GetEndpoint("tcp");
        var management = broker.GetEndpoint("management");
        broker.WithServiceUsers(management, LocalInfrastructure.BrokerUser, brokerPassword, accounts);
        var mail = builder.AddContainer($"{ResourceNames.Mail}-server", "rnwood/smtp4dev", "3.15.0")
            .WithHttpEndpoint(port: 8025, targetPort: 80, name: "http")
            .WithEndpoint(targetPort: 25, name: "smtp", scheme: "tcp");
        var smtp = mail.GetEndpoint("smtp");
        var mailUi = mail.GetEndpoint("http");

        return new Platform
        {
            PostgresServer = postgres,
            Database = account => ReferenceExpression.Create(
                $"Host={sql.Property(EndpointProperty.Host)};Port={sql.Property(EndpointProperty.Port)};Username={account.Name};"
                + $"Password={account.DatabasePassword.Resource};Database={account.Database}"),
            Broker = account => ReferenceExpression.Create(
                $"amqp://{account.Name}:{account.BrokerPassword.Resource}@"
                + $"{amqp.Property(EndpointProperty.Host)}:{amqp.Property(EndpointProperty.Port)}"),
            BrokerManagement = ReferenceExpression.Create(
                $"http://{LocalInfrastructure.BrokerUser}:{brokerPassword.Resource}@"
                + $"{management.Property(EndpointProperty.Host)}:{management.Property(EndpointProperty.Port)}/"),
            BrokerServer = broker,
            Mail = builder.AddConnectionString(ResourceNames.Mail, ReferenceExpression.Create(
                $"Endpoint=smtp://{smtp.Property(EndpointProperty.Host)}:{smtp.Property(EndpointProperty.Port)};Api={mailUi.Property(EndpointProperty.Url)}")),
            MailServer = mail,
        };
    }
}
