using Jinning.AppHost;
using Jinning.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: containers where an engine runs, Debian's servers as local processes otherwise.
var postgresPassword = builder.AddParameter("postgres-password", secret: true);
var brokerPassword = builder.AddParameter("broker-password", secret: true);
var accountsPassword = builder.AddParameter("accounts-password", secret: true);
var platform = InfraModeSelector.Select(builder.Configuration) switch
{
    InfraMode.Containers => builder.AddContainerPlatform(postgresPassword, brokerPassword),
    _ => builder.AddLocalPlatform(postgresPassword, brokerPassword),
};

// Services: each owns its database; all of them talk over the one broker.
var identity = builder.AddService<Projects.Jinning_Identity>(ResourceNames.Identity, platform, ResourceNames.IdentityDb)
    .WithEnvironment("Identity__SeedPassword", accountsPassword);
var roster = builder.AddService<Projects.Jinning_Roster>(ResourceNames.Roster, platform, ResourceNames.RosterDb);
var ticketing = builder.AddService<Projects.Jinning_Ticketing>(ResourceNames.Ticketing, platform, ResourceNames.TicketingDb);
var notification = builder.AddService<Projects.Jinning_Notification>(ResourceNames.Notification, platform, ResourceNames.NotificationDb)
    .WithReference(platform.Mail)
    .WaitFor(platform.MailServer);
var reporting = builder.AddService<Projects.Jinning_Reporting>(ResourceNames.Reporting, platform, ResourceNames.ReportingDb);

// The gateway is the only public entry. It starts without waiting, so it can report which service is down.
builder.AddProject<Projects.Jinning_Gateway>(ResourceNames.Gateway, launchProfileName: null)
    .WithHttpEndpoint(name: "http", port: builder.GatewayPort())
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/alive")
    .WithReference(identity)
    .WithReference(roster)
    .WithReference(ticketing)
    .WithReference(notification)
    .WithReference(reporting);

builder.Build().Run();
