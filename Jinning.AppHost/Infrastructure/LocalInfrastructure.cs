using Microsoft.Extensions.DependencyInjection;

namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// Runs PostgreSQL, RabbitMQ and smtp4dev as plain processes (no container engine needed). Data
/// lives under <c>Jinning:DataDirectory</c> (the repo's ignored <c>.data/</c> by default), so it
/// survives a restart; <c>./run.sh --reset</c> wipes it. Ports come from <c>Jinning:Ports:*</c>
/// when set (the well-known addresses of API.md), else DCP picks free ones.
/// </summary>
public static class LocalInfrastructure
{
    public static Platform AddLocalPlatform(this IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword,
        IResourceBuilder<ParameterResource> brokerPassword, IReadOnlyList<ServiceAccount> accounts)
    {
        var dataDirectory = DataDirectory(builder);
        var scripts = Path.Combine(builder.AppHostDirectory, "LocalInfra");

        var postgres = builder.AddExecutable(ResourceNames.Postgres, "bash", scripts)
            .WithEndpoint(name: "tcp", scheme: "tcp", port: FixedPort(builder, "Postgres"), isProxied: false);
        var postgresPort = postgres.GetEndpoint("tcp");
        postgres.WithArgs(context =>
        {
            context.Args.Add(Path.Combine(scripts, "postgres.sh"));
            context.Args.Add(Path.Combine(dataDirectory, "postgres"));
            context.Args.Add(postgresPort.Property(EndpointProperty.TargetPort));
            context.Args.Add(postgresPassword.Resource);
        });
        var serverConnection = ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={postgresPort.Property(EndpointProperty.Port)};Username=postgres;Password={postgresPassword.Resource};Database=postgres");
        AddReadinessCheck(builder, postgres, "postgres-ready", new PostgresQueryCheck(serverConnection));
        postgres.WithServiceRoles(serverConnection, accounts);

        var broker = builder.AddExecutable($"{ResourceNames.Broker}-server", "bash", scripts)
            .WithEndpoint(name: "amqp", scheme: "tcp", port: FixedPort(builder, "Amqp"), isProxied: false)
            .WithEndpoint(name: "dist", scheme: "tcp", isProxied: false)
            .WithEndpoint(name: "epmd", scheme: "tcp", isProxied: false)
            .WithHttpEndpoint(name: "management", port: FixedPort(builder, "BrokerManagement"), isProxied: false);
        var amqp = broker.GetEndpoint("amqp");
        broker.WithArgs(context =>
        {
            context.Args.Add(Path.Combine(scripts, "rabbitmq.sh"));
            context.Args.Add(Path.Combine(dataDirectory, "rabbitmq"));
            context.Args.Add(amqp.Property(EndpointProperty.TargetPort));
            context.Args.Add(broker.GetEndpoint("dist").Property(EndpointProperty.TargetPort));
            context.Args.Add(broker.GetEndpoint("epmd").Property(EndpointProperty.TargetPort));
            context.Args.Add(broker.GetEndpoint("management").Property(EndpointProperty.TargetPort));
            context.Args.Add(BrokerUser);
            context.Args.Add(brokerPassword.Resource);
        });
        AddReadinessCheck(builder, broker, "broker-ready", new TcpPortCheck(amqp));
        var management = broker.GetEndpoint("management");
        broker.WithServiceUsers(management, BrokerUser, brokerPassword, accounts);
        var epmd = broker.GetEndpoint("epmd");
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<EpmdCleanup>(services, epmd));

        var smtp4dev = Path.Combine(RepositoryRoot(builder), ".tools", "smtp4dev");
        var mail = builder.AddExecutable($"{ResourceNames.Mail}-server", smtp4dev, RepositoryRoot(builder))
            .WithEndpoint(name: "smtp", scheme: "tcp", port: FixedPort(builder, "Smtp"), isProxied: false)
            .WithHttpEndpoint(name: "http", port: FixedPort(builder, "MailUi"), isProxied: false);
        var smtp = mail.GetEndpoint("smtp");
        var mailUi = mail.GetEndpoint("http");
        mail.WithArgs(context =>
        {
            context.Args.Add(ReferenceExpression.Create($"--urls=http://127.0.0.1:{mailUi.Property(EndpointProperty.TargetPort)}"));
            context.Args.Add(ReferenceExpression.Create($"--smtpport={smtp.Property(EndpointProperty.TargetPort)}"));
            context.Args.Add("--imapport=");
            context.Args.Add("--pop3port=");
            context.Args.Add("--db=");
            context.Args.Add("--nousersettings");
            context.Args.Add("--hostname=localhost");
        });
        AddReadinessCheck(builder, mail, "mail-ready", new TcpPortCheck(smtp));

        return new Platform
        {
            PostgresServer = postgres,
            Database = account => ReferenceExpression.Create(
                $"Host=127.0.0.1;Port={postgresPort.Property(EndpointProperty.Port)};Username={account.Name};"
                + $"Password={account.DatabasePassword.Resource};Database={account.Database}"),
            Broker = account => ReferenceExpression.Create(
                $"amqp://{account.Name}:{account.BrokerPassword.Resource}@127.0.0.1:{amqp.Property(EndpointProperty.Port)}"),
            BrokerManagement = ReferenceExpression.Create(
                $"http://{BrokerUser}:{brokerPassword.Resource}@127.0.0.1:{management.Property(EndpointProperty.Port)}/"),
            BrokerServer = broker,
            Mail = builder.AddConnectionString(ResourceNames.Mail, ReferenceExpression.Create(
                $"Endpoint=smtp://127.0.0.1:{smtp.Property(EndpointProperty.Port)};Api=http://127.0.0.1:{mailUi.Property(EndpointProperty.Port)}")),
            MailServer = mail,
        };
    }

    public const string BrokerUser = "jinning";

    private static void AddReadinessCheck<T>(IDistributedApplicationBuilder builder, IResourceBuilder<T> resource, string name, Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck check)
        where T : IResource
    {
        builder.Services.AddHealthChecks().AddCheck(name, check);
        resource.WithHealthCheck(name);
    }

    private static int? FixedPort(IDistributedApplicationBuilder builder, string name) =>
        int.TryParse(builder.Configuration[$"Jinning:Ports:{name}"], out var port) && port > 0 ? port : null;

    public static string RepositoryRoot(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));

    private static string DataDirectory(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration["Jinning:DataDirectory"];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(RepositoryRoot(builder), ".data")
            : Path.GetFullPath(configured);
    }
}
