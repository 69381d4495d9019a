namespace Jinning.AppHost;

/// <summary>Resource names: also the connection-string and service-discovery names the services use.</summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Broker = "broker";
    public const string Mail = "mail";

    public const string IdentityDb = "identitydb";
    public const string RosterDb = "rosterdb";
    public const string TicketingDb = "ticketingdb";
    public const string NotificationDb = "notificationdb";
    public const string ReportingDb = "reportingdb";
    public const string WebDb = "webdb";

    public const string Identity = "identity";
    public const string Roster = "roster";
    public const string Ticketing = "ticketing";
    public const string Notification = "notification";
    public const string Reporting = "reporting";
    public const string Gateway = "gateway";
    public const string Web = "web";

    public static readonly string[] Services = [Identity, Roster, Ticketing, Notification, Reporting];
}
