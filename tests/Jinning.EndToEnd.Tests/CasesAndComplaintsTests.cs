using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>T1 public complaints, T6 retaliation to the discipline commission only, T7 exposed typical cases.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CasesAndComplaintsTests(PlatformFixture platform)
{
    [Fact]
    public async Task PublicComplaint_IsRegisteredWithoutSignIn_AndOnlyTheOfficeSeesTheContact()
    {
        var response = await platform.Gateway.PostAsJsonAsync("/api/public/complaints", new
        {
            title = "办照窗口要求额外材料", description = "要求提供法律未规定的证明。", category = "window-service",
            contactName = "王先生", contactPhone = "13900001111",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var trackingNumber = receipt.GetProperty("trackingNumber").GetString()!;
        Assert.False(receipt.TryGetProperty("id", out _));

        var office = await platform.Accounts.TokenAsync("office");
        var list = await platform.Accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=100", office);
        var issue = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("trackingNumber").GetString() == trackingNumber);
        Assert.Equal("public-web", issue.GetProperty("source").GetString());
        Assert.Contains("13900001111", issue.GetProperty("complainantContact").GetString());

        var bad = await platform.Gateway.PostAsJsonAsync("/api/public/complaints", new { title = "", description = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task RetaliationReport_IsSeenByDisciplineAndOffice_NotByDepartments_AndDisciplineIsNotified()
    {
        var accounts = platform.Accounts;
        var supervisor = await accounts.AppointSupervisorAsync("许二");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "反映问题后遭刁难", description = "反映问题后，企业被某单位反复检查。", category = "retaliation", channel = "visit",
        });
        var id = issue.GetProperty("id").GetGuid();

        var discipline = await accounts.TokenAsync("discipline");
        var seen = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", discipline);
        Assert.Equal("retaliation", seen.GetProperty("category").GetString());
        var department = await accounts.DepartmentSystemTokenAsync("public-security");
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", department)).StatusCode);

        await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", discipline),
            page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("body").GetString()!.Contains(issue.GetProperty("trackingNumber").GetString()!)),
            TimeSpan.FromSeconds(60), "the discipline commission's notice");
    }

    [Fact]
    public async Task ClosedIssue_CanBeExposedAsATypicalCase_OnThePublicListWithoutNames()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("何三");
        var health = await accounts.DepartmentSystemTokenAsync("health");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "诊所执业许可久拖不办", description = "材料齐全但三个月未批。", category = "administrative-approval", channel = "web",
        });
        var id = issue.GetProperty("id").GetGuid();
        var early = await accounts.SendAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/expose", office, new { title = "案例", summary = "摘要" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "assign", departmentCode = "health" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", health);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", health, new { summary = "已办结许可，对责任人诫勉谈话。" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/feedback", office, new { message = "已办结并问责。" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance", supervisor.Token, new { rating = 4 });

        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/expose", office, new
        {
            title = "某卫生行政审批久拖不办被问责", summary = "一诊所执业许可申请材料齐全却三个月未批，经督办已办结，责任人被诫勉谈话。",
        });

        var cases = await (await platform.Gateway.GetAsync("/api/public/cases?pageSize=100")).Content.ReadAsStringAsync();
        Assert.Contains("某卫生行政审批久拖不办被问责", cases);
        Assert.DoesNotContain(supervisor.Id.ToString(), cases);
        Assert.DoesNotContain("何三", cases);
        Assert.DoesNotContain("reporter", cases, StringComparison.OrdinalIgnoreCase);
    }
}
