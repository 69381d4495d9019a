using Jinning.ServiceDefaults.Authentication;
using Jinning.Notification;
using Jinning.Notification.Inbox;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseDefaultAuthentication();
app.MapApiDocuments();
app.MapInboxApi();

app.Run();

public partial class Program;
