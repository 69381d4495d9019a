using System.Net;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// Ownership with real records (issue 15): a second department and a second supervisor, each with
/// records of their own that the first can neither read nor act on (404, as if they did not exist).
/// Each check first shows the owner can do what the other cannot, so a 404 means "not yours".
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OwnershipTests(PlatformFixture platform)
{
    [Fact]
    public async Task DepartmentA_CannotReadOrActOn_DepartmentBsIssue()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var departmentA = await accounts.DepartmentSystemTokenAsync("market-regulation");
        var departmentB = await accounts.DepartmentSystemTokenAsync("taxation");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title = "发票领用受阻", description = "来电反映发票领用被拖延。", category = "window-service", channel = "hotline", source = "hotline",
        });
        var id = issue.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "taxation" });
        await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", departmentB);

        foreach (var (method, path, body) in new (string, string, object?)[]
        {
            ("GET", $"/api/ticketing/issues/{id}", null),
            ("GET", $"/api/ticketing/issues/{id}/attachments", null),
            ("POST", $"/api/ticketing/issues/{id}/accept", null),
            ("POST", $"/api/ticketing/issues/{id}/progress", new { note = "冒名办理" }),
            ("POST", $"/api/ticketing/issues/{id}/return", new { reason = "不属于本单位" }),
            ("POST", $"/api/ticketing/issues/{id}/rectification", new { summary = "冒名整改" }),
            ("POST", $"/api/ticketing/issues/{id}/extension", new { until = "2099-01-01T00:00:00+08:00", reason = "冒名延期" }),
        })
        {
            var response = await accounts.SendAsync(new HttpMethod(method), path, departmentA, body);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path} as another department: {(int)response.StatusCode}");
        }
        var listed = await accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=100", departmentA);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        // Nothing of it changed: B still finds it dispatched, not signed for by A.
        var after = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", departmentB);
        Assert.Equal("dispatched", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SupervisorA_CannotRead_SupervisorBsIssueFileOrSubmission()
    {
        var accounts = platform.Accounts;
        var supervisorA = await accounts.AppointSupervisorAsync("甲监督员");
        // B appointed two months ago, so the current half-year's work is owed and can be handed in.
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var supervisorB = await accounts.AppointSupervisorAsync("乙监督员", today.AddDays(-60));
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisorB.Token, new
        {
            title = "审批超时", description = "营业执照审批超过承诺时限。", category = "administrative-approval", channel = "web",
        });
        var issueId = issue.GetProperty("id").GetGuid();
        var period = $"{today.Year}-H{(today.Month <= 6 ? 1 : 2)}";
        var submission = await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/duties/half-years/{period}/submissions", supervisorB.Token,
            new { ledger = "走访企业 5 家。", suggestionTitle = "关于窗口服务的建议", suggestion = "建议延长午间服务。" });
        var submissionId = submission.GetProperty("id").GetGuid();

        var owned = new[]
        {
            $"/api/ticketing/issues/{issueId}",
            $"/api/ticketing/issues/{issueId}/timeline",
            $"/api/ticketing/issues/{issueId}/attachments",
            $"/api/roster/supervisors/{supervisorB.Id}",
            $"/api/roster/supervisors/{supervisorB.Id}/file",
            $"/api/roster/supervisors/{supervisorB.Id}/applications",
            $"/api/roster/supervisors/{supervisorB.Id}/declarations",
            $"/api/roster/duties/half-years/{period}/submissions/{submissionId}",
        };
        foreach (var path in owned)
        {
            var own = await accounts.SendAsync(HttpMethod.Get, path, supervisorB.Token);
            Assert.True(own.StatusCode == HttpStatusCode.OK, $"GET {path} as its owner: {(int)own.StatusCode}");
            var other = await accounts.SendAsync(HttpMethod.Get, path, supervisorA.Token);
            Assert.True(other.StatusCode == HttpStatusCode.NotFound, $"GET {path} as another supervisor: {(int)other.StatusCode}");
        }
        foreach (var (path, body) in new (string, object)[]
        {
            ($"/api/ticketing/issues/{issueId}/acceptance", new { rating = 1 }),
            ($"/api/ticketing/issues/{issueId}/objection", new { reason = "冒名异议" }),
            ($"/api/roster/supervisors/{supervisorB.Id}/applications", new { kind = "resignation", reason = "冒名辞职" }),
            ($"/api/roster/supervisors/{supervisorB.Id}/declarations", new { kind = "gift", summary = "冒名申报", details = "无" }),
        })
        {
            var acted = await accounts.SendAsync(HttpMethod.Post, path, supervisorA.Token, body);
            Assert.True(acted.StatusCode == HttpStatusCode.NotFound, $"POST {path} as another supervisor: {(int)acted.StatusCode}");
        }
        var listed = await accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=100", supervisorA.Token);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == issueId);
    }
}
