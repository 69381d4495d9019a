using System.Text.Json;

namespace Jinning.Web.Tests;

/// <summary>What a journey needs before its first screen: a supervisor and the report they made on their phone, set up by API.</summary>
public static class IssueSetup
{
    public sealed record Reported(Guid Id, string TrackingNumber, Accounts.AppointedSupervisor Supervisor);

    public static async Task<Reported> SupervisorReportsAsync(this ConsoleFixture console, string name, string title, string category)
    {
        var supervisor = await console.Platform.Accounts.AppointSupervisorAsync(name);
        var issue = await console.Platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title, description = $"{title}。具体时间、地点和经过如下：11 月 20 日上午在晋宁区政务服务中心。", category, channel = "web",
            place = "晋宁区政务服务中心",
        });
        return new Reported(issue.GetProperty("id").GetGuid(), issue.GetProperty("trackingNumber").GetString()!, supervisor);
    }

    public static async Task<JsonElement> AsOfficeAsync(this ConsoleFixture console, HttpMethod method, string path, object? body = null)
    {
        var office = await console.Platform.Accounts.TokenAsync("office");
        return await console.Platform.Accounts.SendOkAsync(method, path, office, body);
    }
}
