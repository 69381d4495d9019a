using System.Net;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>R9, D4, N1 across services: roster decides, identity disables the sign-in, notification tells the people concerned.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RosterJourneyTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ApprovedResignation_DisablesTheSignIn_AndAsksTheNominatingUnitForAReplacementInItsInbox()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var unit = await accounts.TokenAsync("nominator.federation-commerce");
        var supervisor = await accounts.AppointSupervisorAsync("柏一");
        await InboxItemAsync(unit, "nominee-appointed", supervisor.CertificateNumber);

        var application = await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/supervisors/{supervisor.Id}/applications",
            supervisor.Token,
            new { kind = "resignation", reason = "工作调动到外地，无法继续履职" });
        await InboxItemAsync(office, "application-filed", supervisor.CertificateNumber);
        await accounts.SendOkAsync(HttpMethod.Post,
            $"/api/roster/supervisors/{supervisor.Id}/applications/{application.GetProperty("id").GetGuid()}/decision", office,
            new { approved = true, note = "感谢履职" });

        await Eventually.WaitForAsync(
            async () => (await accounts.SendAsync(HttpMethod.Get, $"/api/roster/supervisors/{supervisor.Id}", supervisor.Token)).StatusCode,
            status => status == HttpStatusCode.Unauthorized, Patience, "the resigned supervisor's token to be refused");
        var signIn = await accounts.PostTokenRequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = supervisor.CertificateNumber, ["password"] = supervisor.Password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);

        var replacement = await InboxItemAsync(unit, "replacement-requested", supervisor.CertificateNumber);
        Assert.Contains("另行推荐", replacement.GetProperty("body").GetString());
        var record = await accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/supervisors/{supervisor.Id}", office);
        Assert.Equal("resigned", record.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AssignedTask_ReachesTheAssigneesInbox_AndNoOneElses()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var assignee = await accounts.AppointSupervisorAsync("柏二");
        var colleague = await accounts.AppointSupervisorAsync("柏三");
        var title = $"政务大厅明察暗访 {Guid.NewGuid():N}"[..20];

        await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/tasks", office, new
        {
            kind = "mystery-visit", title, description = "暗访不动产登记窗口的办理时限和服务态度。", dueOn = "2099-12-31",
            assignedSupervisorIds = new[] { assignee.Id },
        });

        var notice = await InboxItemAsync(assignee.Token, "task-assigned", title);
        Assert.Contains("明察暗访", notice.GetProperty("body").GetString());
        // The assignee's notice shows the event was handled, for every recipient at once: the colleague was not one.
        var theirs = await accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", colleague.Token);
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), item => item.GetProperty("title").GetString()!.Contains(title));
    }

    private async Task<JsonElement> InboxItemAsync(string token, string kind, string text)
    {
        var inbox = await Eventually.WaitForAsync(
            () => platform.Accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", token),
            page => page.GetProperty("items").EnumerateArray().Any(item => Matches(item, kind, text)), Patience,
                $"the {kind} notice about {text}");
        return inbox.GetProperty("items").EnumerateArray().First(item => Matches(item, kind, text));
    }

    private static bool Matches(JsonElement item, string kind, string text) =>
        item.GetProperty("kind").GetString() == kind
        && (item.GetProperty("title").GetString()!.Contains(text) || item.GetProperty("body").GetString()!.Contains(text));
}
