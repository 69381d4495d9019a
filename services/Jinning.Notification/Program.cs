using Jinning.ServiceDefaults.Authentication;
using Jinning.Messaging.Persistence;
using Jinning.Notification;
using Jinning.Notification.Data;
using Jinning.Notification.Inbox;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.MapApiDocuments();
app.MapInboxApi();

await app.MigrateDatabaseAsync<NotificationDbContext>();
app.Run();

public partial class Program;
