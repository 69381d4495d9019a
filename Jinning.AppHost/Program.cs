using Microsoft.Extensions.Hosting;
using Jinning.AppHost;
using Jinning.AppHost.Dashboard;
using Jinning.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: containers where an engine runs, Debian's servers as local processes otherwise.
var postgresPassword = builder.AddParameter("postgres-password", secret: true);
var brokerPassword = builder.AddParameter("broker-password", secret: true);
var accountsPassword = builder.AddParameter("accounts-password", secret: true);
var consoleSecret = builder.AddParameter("console-client-secret", secret: true);
var pseudonymKey = builder.AddParameter("pseudonym-key", secret: true);
// One PostgreSQL role and one broker user per service, each with its own password.
var accounts = new Dictionary<string, ServiceAccount>
{
    [ResourceNames.Identity] = ServiceAccount.For(builder, ResourceNames.Identity, ResourceNames.IdentityDb),
    [ResourceNames.Roster] = ServiceAccount.For(builder, ResourceNames.Roster, ResourceNames.RosterDb),
    [ResourceNames.Ticketing] = ServiceAccount.For(builder, ResourceNames.Ticketing, ResourceNames.TicketingDb),
    [ResourceNames.Notification] = ServiceAccount.For(builder, ResourceNames.Notification, ResourceNames.NotificationDb),
    [ResourceNames.Reporting] = ServiceAccount.For(builder, ResourceNames.Reporting, ResourceNames.ReportingDb),
    [ResourceNames.Web] = ServiceAccount.For(builder, ResourceNames.Web, ResourceNames.WebDb),
};
var platform = InfraModeSelector.Select(builder.Configuration) switch
{
    InfraMode.Containers => builder.AddContainerPlatform(postgresPassword, brokerPassword, [.. accounts.Values]),
    _ => builder.AddLocalPlatform(postgresPassword, brokerPassword, [.. accounts.Values]),
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

// Services: each owns its database; all of them talk over the one broker. Jinning:Replicas instances of each.
var identity = builder.AddService<Projects.Jinning_Identity>(accounts[ResourceNames.Identity], platform, issuer)
    .Each(instance => instance
        // Identity alone manages department broker users (their passwords are the departments' own secrets).
        .WithEnvironment("ConnectionStrings__broker-management", platform.BrokerManagement)
        .WithEnvironment("Identity__Console__ClientSecret", consoleSecret)
        .WithSettingsFrom(builder.Configuration, "Jinning:Identity", "Identity"));
identity.WithTokenKeysFrom(identity);
if (builder.Environment.IsDevelopment())
{
    // The documented shared development password; elsewhere every seeded account is activated by its own holder.
    identity.Each(instance => instance.WithEnvironment("Identity__SeedPassword", accountsPassword));
}
var roster = builder.AddService<Projects.Jinning_Roster>(accounts[ResourceNames.Roster], platform, issuer)
    .WithTokenKeysFrom(identity);
var ticketing = builder.AddService<Projects.Jinning_Ticketing>(accounts[ResourceNames.Ticketing], platform, issuer)
    .Each(instance => instance.WithEnvironment("Ticketing__PseudonymKey", pseudonymKey))
    .WithTokenKeysFrom(identity);
var notification = builder.AddService<Projects.Jinning_Notification>(accounts[ResourceNames.Notification], platform, issuer)
    .WithTokenKeysFrom(identity)
    .Each(instance => instance
        .WithReference(platform.Mail)
        .WaitFor(platform.MailServer)
        .WithSettingsFrom(builder.Configuration, "Jinning:Delivery", "Notification:Delivery")
        .WithSettingsFrom(builder.Configuration, "Jinning:Webhooks", "Notification:Webhooks"));
var reporting = builder.AddService<Projects.Jinning_Reporting>(accounts[ResourceNames.Reporting], platform, issuer)
    .WithTokenKeysFrom(identity);

// The web console: served through the gateway at every path the API does not take, signed in through identity.
var web = builder.AddService<Projects.Jinning_Web>(accounts[ResourceNames.Web], platform, issuer)
    .Each(instance => instance.WithEnvironment("Console__ClientSecret", consoleSecret));

// The gateway starts without waiting for the services, so it can report which one is down. It sees every instance
// by service discovery and balances over them itself (YARP destinations with active and passive health checks).
foreach (var service in new[] { identity, roster, ticketing, notification, reporting, web })
{
    service.ReferencedBy(gateway);
}

// The dashboard as the operator's console: labelled links, and in development the office's buttons.
gateway.WithGatewayLinks();
web.First.WithConsoleLink(issuer);
platform.MailServer.WithMailLink();
platform.BrokerServer.WithBrokerManagementLink();
if (builder.Environment.IsDevelopment())
{
    var office = new OfficeCaller(issuer, accountsPassword);
    reporting.First.WithRebuildCommand(office);
    identity.First.WithRetryErrorQueuesCommand(office);
    gateway.WithLoadDemoDataCommand(builder);
}

builder.Build().Run();
