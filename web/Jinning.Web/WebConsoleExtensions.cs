using System.Text.Encodings.Web;
using System.Text.Unicode;
using AntDesign;
using Microsoft.Extensions.WebEncoders;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Web.Api;
using Jinning.Web.Certificates;
using Jinning.Web.Data;
using Jinning.Web.Sessions;
using Jinning.Web.SignIn;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Http.Resilience;

namespace Jinning.Web;

public static class WebConsoleExtensions
{
    public const string DatabaseName = "webdb";

    /// <summary>
    /// The web console: Blazor (server-rendered, interactive where a page needs it) with Ant Design,
    /// sign-in by OpenID Connect with the tokens kept in the console's own database, and typed clients
    /// of the gateway API that send the person's token for them.
    /// </summary>
    public static IHostApplicationBuilder AddWebConsole(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebDbContext>(DatabaseName);
        // The console answers errors with its own pages, not the services' problem+json.
        builder.Services.RemoveAll<IExceptionHandler>();
        // The console hears SignInRevoked like every service (Jinning.Messaging's consumer), to throw out revoked sign-ins.
        builder.AddMessaging<WebDbContext>("web");
        builder.Services.AddDataProtection().SetApplicationName("jinning-web").PersistKeysToDbContext<WebDbContext>();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            // The gateway in front says whose request this is; only loopback and configured proxies are believed.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        // Chinese as characters in the HTML sent, not escaped one by one: a third of the bytes, and readable in the source.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(options => options.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddAntDesign();
        builder.Services.AddHttpContextAccessor();
        builder.AddConsoleSignIn();

        builder.Services.AddSingleton<SessionStore>();
        builder.Services.AddHostedService<SessionCleanup>();
        builder.Services.AddSingleton<CircuitServicesAccessor>();
        builder.Services.AddScoped<CircuitHandler, ServicesAccessorCircuitHandler>();
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.Services.AddSingleton<CertificateQrCode>();
        builder.AddGatewayClients();
        return builder;
    }

    private static void AddGatewayClients(this IHostApplicationBuilder builder)
    {
        var gateway = new Uri(builder.Configuration["Auth:Issuer"]
            ?? throw new InvalidOperationException("Auth:Issuer (the gateway's address) is not configured."));
        builder.Services.AddHttpClient<TokenClient>(http => http.BaseAddress = gateway);
        AddGatewayClient<PublicClient>(builder.Services, gateway);
        AddGatewayClient<IdentityClient>(builder.Services, gateway);
        // Photos come from phones on slow networks, through the console, as they are read: give them minutes, not seconds.
        AddGatewayClient<IssuesClient>(builder.Services, gateway, TimeSpan.FromMinutes(5));
        AddGatewayClient<RosterClient>(builder.Services, gateway);
        AddGatewayClient<InboxClient>(builder.Services, gateway);
        AddGatewayClient<NominationsClient>(builder.Services, gateway);
        AddGatewayClient<SupervisorsClient>(builder.Services, gateway);
        AddGatewayClient<ApplicationsClient>(builder.Services, gateway);
        AddGatewayClient<DutiesClient>(builder.Services, gateway);
        AddGatewayClient<ActivitiesClient>(builder.Services, gateway);
        AddGatewayClient<AwardsClient>(builder.Services, gateway);
        // Rebuilding the read models replays every kept event: give it minutes.
        AddGatewayClient<ReportsClient>(builder.Services, gateway, TimeSpan.FromMinutes(2));
        AddGatewayClient<DeskClient>(builder.Services, gateway);
        AddGatewayClient<CalendarClient>(builder.Services, gateway);
        AddGatewayClient<DepartmentsClient>(builder.Services, gateway);
        AddGatewayClient<AccountsClient>(builder.Services, gateway);
        AddGatewayClient<DeliveriesClient>(builder.Services, gateway);
        AddIssueHandlingClients(builder.Services, gateway);
    }

    /// <summary>Issue handling across roles: the office's board, dispatch and decisions, departments, the discipline commission.</summary>
    private static void AddIssueHandlingClients(IServiceCollection services, Uri gateway)
    {
        AddGatewayClient<IssueBoardClient>(services, gateway);
        AddGatewayClient<DispatchClient>(services, gateway);
        AddGatewayClient<OfficeDecisionsClient>(services, gateway);
        AddGatewayClient<IssueRecordsClient>(services, gateway);
        AddGatewayClient<RegistrationClient>(services, gateway);
        AddGatewayClient<ReporterDirectoryClient>(services, gateway);
        AddGatewayClient<DepartmentIssuesClient>(services, gateway);
        AddGatewayClient<DisciplineClient>(services, gateway);
        AddGatewayClient<DeliveryLogClient>(services, gateway);
        // Files up to 10 MB pass through the console: minutes, as for uploads.
        AddGatewayClient<AttachmentDownloads>(services, gateway, TimeSpan.FromMinutes(2));
    }

    /// <summary>
    /// A typed client of the gateway with the person's token attached. A POST is never retried by the
    /// resilience pipeline: a second issue or submission must not come of a slow answer.
    /// </summary>
    private static void AddGatewayClient<TClient>(IServiceCollection services, Uri gateway, TimeSpan? timeout = null) where TClient : class
    {
        var attempt = timeout ?? TimeSpan.FromSeconds(10);
#pragma warning disable EXTEXP0001 // Removing the default pipeline is how a client chooses its own; the API is marked for evaluation.
        services.AddHttpClient<TClient>(http =>
            {
                http.BaseAddress = gateway;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<AccessTokenHandler>()
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                options.Retry.DisableForUnsafeHttpMethods();
                options.AttemptTimeout.Timeout = attempt;
                options.TotalRequestTimeout.Timeout = attempt * 3;
                options.CircuitBreaker.SamplingDuration = attempt * 2 + TimeSpan.FromSeconds(1);
            });
#pragma warning restore EXTEXP0001
    }
}
