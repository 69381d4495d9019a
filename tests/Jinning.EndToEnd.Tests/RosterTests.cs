using System.Net;

namespace Jinning.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class RosterTests(PlatformFixture platform)
{
    [Fact]
    public async Task DisqualifiedCandidate_CanNeverBeApprovedOrAppointed()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var nomination = await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/nominations", office, new
        {
            name = "钱七", idNumber = "530122197505051234", workplace = "某公司", background = "enterprise",
            smallOrMediumEnterprise = true, nominatingUnit = "business-environment-office",
        });
        var id = nomination.GetProperty("id").GetGuid();

        var vetted = await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/vetting", office, new
        {
            conditionsMet = true,
            disqualifiers = new[] { new { kind = "credit-blacklist", evidence = "信用中国失信被执行人名单（2025）" } },
        });
        Assert.Equal("disqualified", vetted.GetProperty("status").GetString());

        foreach (var action in new[] { "approve", "appoint" })
        {
            var response = await accounts.SendAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/{action}", office, new { });
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Nominator_SeesOnlyItsOwnUnitsNominations_WithIdNumbersMasked()
    {
        var accounts = platform.Accounts;
        var unitA = await accounts.TokenAsync("nominator.industrial-park");
        var unitB = await accounts.TokenAsync("nominator.gudian-committee");
        var created = await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/nominations", unitA, new
        {
            name = "孙八", idNumber = "530122199001011234", workplace = "园区企业", background = "enterprise",
            smallOrMediumEnterprise = true, nominatingUnit = "gudian-committee",
        });

        Assert.Equal("industrial-park", created.GetProperty("nominatingUnit").GetString());
        Assert.DoesNotContain("19900101", created.GetProperty("idNumber").GetString());
        var id = created.GetProperty("id").GetGuid();
        var other = await accounts.SendAsync(HttpMethod.Get, $"/api/roster/nominations/{id}", unitB);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var list = await accounts.SendOkAsync(HttpMethod.Get, "/api/roster/nominations?pageSize=100", unitB);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Appointment_IssuesCertificateNumberAndTwoYearTerm()
    {
        var supervisor = await platform.Accounts.AppointSupervisorAsync("周九");
        var office = await platform.Accounts.TokenAsync("office");

        var record = await platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/roster/supervisors/{supervisor.Id}", office);
        Assert.Matches(@"^JN-\d{4}-\d{4}$", record.GetProperty("certificateNumber").GetString());
        var start = DateOnly.Parse(record.GetProperty("termStart").GetString()!);
        Assert.Equal(start.AddYears(2).AddDays(-1), DateOnly.Parse(record.GetProperty("termEnd").GetString()!));
        var own = await platform.Accounts.SendAsync(HttpMethod.Get, $"/api/roster/supervisors/{supervisor.Id}", supervisor.Token);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task DepartmentToken_CannotSeeASupervisorsIssue()
    {
        var supervisor = await platform.Accounts.AppointSupervisorAsync("吴十");
        var issue = await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = "执法检查频繁", description = "同一周内被检查三次。", category = "law-enforcement", channel = "wechat",
        });
        var department = await platform.Accounts.DepartmentSystemTokenAsync("market-regulation");

        var response = await platform.Accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{issue.GetProperty("id").GetGuid()}", department);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
