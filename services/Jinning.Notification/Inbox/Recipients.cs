namespace Jinning.Notification.Inbox;

public static class Recipients
{
    public const string Office = "role:office";
    public const string Discipline = "role:discipline";

    public static string Supervisor(Guid supervisorId) => $"supervisor:{supervisorId}";
    public static string Department(string departmentCode) => $"department:{departmentCode}";
}
