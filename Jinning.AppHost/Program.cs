using Jinning.AppHost;
using Jinning.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: containers where an engine runs, Debian's servers as local processes otherwise.
var postgresPassword = builder.AddParameter("postgres-password", secret: true);
var brokerPassword = builder.AddParameter("broker-password", secret: true);
var accountsPassword = builder.AddParameter("accounts-password", secret: true);
var consoleSecret = builder.AddParameter("console-client-secret", secret: true);
var platform = InfraModeSelector.Select(builder.Configuration) switch
{
    InfraMode.Containers => builder.AddContainerPlatform(postgresPassword, brokerPassword, accountsPassword),
    _ => builder.AddLocalPlatform(postgresPassword, brokerPassword, accountsPassword),
};

// The gateway is the only public entry; its address is the issuer of every token.
var gateway = builder.AddProject<Projects.Jinning_Gateway>(ResourceNames.Gateway, launchProfileName: null)
    .WithHttpEndpoint(name: "http", port: builder.GatewayPort())
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithSettingsFrom(builder.Configuration, "Jinning:RateLimits", "Gateway:RateLimits")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/alive");
var issuer = gateway.GetEndpoint("http");
// The gateway reads who is calling from the token, for per-user rate limits.
gateway.WithEnvironment("Auth__Issuer", issuer);

// Services: each owns its database; all of them talk over the one broker.
var identity = builder.AddService<Projects.Jinning_Identity>(ResourceNames.Identity, platform, ResourceNames.IdentityDb, issuer)
    .WithEnvironment("Identity__SeedPassword", accountsPassword)
    .WithEnvironment("Identity__Console__ClientSecret", consoleSecret);
identity.WithTokenKeysFrom(identity);
var roster = builder.AddService<Projects.Jinning_Roster>(ResourceNames.Roster, platform, ResourceNames.RosterDb, issuer)
    .WithTokenKeysFrom(identity);
var ticketing = builder.AddService<Projects.Jinning_Ticketing>(ResourceNames.Ticketing, platform, ResourceNames.TicketingDb, issuer)
    .WithTokenKeysFrom(identity);
var notification = builder.AddService<Projects.Jinning_Notification>(ResourceNames.Notification, platform, ResourceNames.NotificationDb, issuer)
    .WithTokenKeysFrom(identity)
    .WithReference(platform.Mail)
    .WaitFor(platform.MailServer)
    .WithSettingsFrom(builder.Configuration, "Jinning:Delivery", "Notification:Delivery");
var reporting = builder.AddService<Projects.Jinning_Reporting>(ResourceNames.Reporting, platform, ResourceNames.ReportingDb, issuer)
    .WithTokenKeysFrom(identity);

// The web console: served through the gateway at every path the API does not take, signed in through identity.
var web = builder.AddService<Projects.Jinning_Web>(ResourceNames.Web, platform, ResourceNames.WebDb, issuer)
    .WithEnvironment("Console__ClientSecret", consoleSecret);

// The gateway starts without waiting for the services, so it can report which one is down.
gateway
    .WithReference(identity)
    .WithReference(roster)
    .WithReference(ticketing)
    .WithReference(notification)
    .WithReference(reporting)
    .WithReference(web);

builder.Build().Run();
