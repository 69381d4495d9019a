using Jinning.Persistence.Idempotency;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Notification;
using Jinning.Notification.Deliveries;
using Jinning.Notification.Inbox;
using Jinning.Notification.Preferences;
using Jinning.Notification.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.UseIdempotencyKeys();
app.MapApiDocuments();
app.MapInboxApi();
app.MapDeliveriesApi();
app.MapPreferencesApi();
app.MapWebhooksApi();

app.Run();

public partial class Program;
