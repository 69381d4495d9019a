using System.Net;
using Jinning.Contracts.V1;
using Jinning.Roster.Supervisors;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>
/// Art. 3 and 5 (R9): one file per person, a serving or disqualified person is not nominated, reappointment goes through nomination again.
/// </summary>
[Collection(RosterCollection.Name)]
public sealed class AppointmentRuleTests(RosterInfrastructure infrastructure)
{
    private static readonly DateTimeOffset District = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task SecondNomination_OfAServingPerson_OrOfADisqualifiedOne_Is409_WithAChineseProblem()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("nominate"), District);
        var api = new RosterApi(host);
        var serving = await api.AppointAsync("甲", new DateOnly(2026, 3, 1));

        var again = await host.PostAsync(TestTokens.Nominator("united-front"), "/api/roster/nominations", new
        {
            name = "甲", idNumber = serving.IdNumber, workplace = "晋宁某企业", background = "enterprise", smallOrMediumEnterprise = true,
        });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await RosterApi.ProblemAsync(again);
        Assert.Equal("该人员正在聘期内", problem.GetProperty("title").GetString());
        Assert.Contains(serving.CertificateNumber, problem.GetProperty("detail").GetString());

        var blacklisted = RosterApi.NewIdNumber();
        var first = await api.NominateAsync("乙", blacklisted);
        await api.PostOkAsync(RosterApi.Office, $"/api/roster/nominations/{first}/vetting", new
        {
            conditionsMet = true, disqualifiers = new[] { new { kind = "credit-blacklist", evidence = "失信被执行人名单（2025）" } },
        });
        var afterDisqualified = await host.PostAsync(RosterApi.Office, "/api/roster/nominations", new
        {
            name = "乙", idNumber = blacklisted, workplace = "另一企业", background = "enterprise", smallOrMediumEnterprise = false,
            nominatingUnit = "business-environment-office",
        });
        Assert.Equal(HttpStatusCode.Conflict, afterDisqualified.StatusCode);
        Assert.Equal("该人员不得聘任", (await RosterApi.ProblemAsync(afterDisqualified)).GetProperty("title").GetString());

        // Someone else is still nominated: the refusals above are about the person, not the form.
        await api.NominateAsync("丙", RosterApi.NewIdNumber());
        Assert.Equal(3, (await api.EventsAsync<CandidateNominated>()).Count);
    }

    [Fact]
    public async Task Reappointment_WithoutAFreshApprovedNominationOfTheSamePerson_IsRefused_AndWithOneContinuesTheFile()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("reappoint"), District);
        var api = new RosterApi(host);
        var former = await api.AppointAsync("丁", new DateOnly(2024, 11, 1)); // last day 2026-10-31
        host.Clock.Advance(TimeSpan.FromHours(1)); // the scheduler's next look ends the term
        await RosterApi.Eventually(() => api.StatusAsync(former.Id), status => status == SupervisorStatus.TermEnded, "the term to end");
        var reappoint = $"/api/roster/supervisors/{former.Id}/reappoint";

        var bare = await host.PostAsync(RosterApi.Office, reappoint, new { appointedOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await RosterApi.ProblemAsync(bare)).GetProperty("errors").TryGetProperty("nominationId", out _));

        var notVetted = await api.NominateAsync("丁", former.IdNumber);
        var premature = await host.PostAsync(RosterApi.Office, reappoint, new { nominationId = notVetted, appointedOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.Conflict, premature.StatusCode);

        var stranger = await api.ApprovedNominationAsync("戊", RosterApi.NewIdNumber());
        var someoneElse = await host.PostAsync(RosterApi.Office, reappoint, new { nominationId = stranger, appointedOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.Conflict, someoneElse.StatusCode);
        Assert.Equal("不是同一人", (await RosterApi.ProblemAsync(someoneElse)).GetProperty("title").GetString());

        // The same person's fresh nomination cannot make a second file either.
        await api.PostOkAsync(RosterApi.Office, $"/api/roster/nominations/{notVetted}/vetting",
            new { conditionsMet = true, disqualifiers = Array.Empty<object>() });
        await api.PostOkAsync(RosterApi.Office, $"/api/roster/nominations/{notVetted}/approve");
        var secondFile = await host.PostAsync(RosterApi.Office, $"/api/roster/nominations/{notVetted}/appoint",
            new { appointedOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.Conflict, secondFile.StatusCode);
        Assert.Equal(former.Id, (await RosterApi.ProblemAsync(secondFile)).GetProperty("supervisorId").GetGuid());
        Assert.DoesNotContain(await api.EventsAsync<SupervisorAppointed>(), e => e.GetProperty("nominationId").GetGuid() == notVetted);

        var renewed = await api.PostOkAsync(RosterApi.Office, reappoint, new { nominationId = notVetted, appointedOn = "2026-12-01" });
        Assert.Equal(former.Id, renewed.GetProperty("supervisorId").GetGuid());
        Assert.NotEqual(former.CertificateNumber, renewed.GetProperty("certificateNumber").GetString());
        var record = await api.GetOkAsync(RosterApi.Office, $"/api/roster/supervisors/{former.Id}");
        Assert.Equal("active", record.GetProperty("status").GetString());
        Assert.Equal(former.CertificateNumber, Assert.Single(record.GetProperty("pastTerms").EnumerateArray())
            .GetProperty("certificateNumber").GetString());
        var announced = (await api.EventsAsync<SupervisorAppointed>()).Last();
        Assert.Equal(notVetted, announced.GetProperty("nominationId").GetGuid());
        Assert.Equal(former.Id, announced.GetProperty("supervisorId").GetGuid());

        var used = await host.PostAsync(RosterApi.Office, reappoint, new { nominationId = notVetted, appointedOn = "2026-12-02" });
        Assert.Equal(HttpStatusCode.Conflict, used.StatusCode);
    }

    [Fact]
    public async Task YearlyList_KeepsASupervisorDismissedAfterwards_WithStatusDismissed()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("yearly"), District);
        var api = new RosterApi(host);
        var kept = await api.AppointAsync("己", new DateOnly(2026, 3, 1));
        var dismissed = await api.AppointAsync("庚", new DateOnly(2026, 4, 1));
        var resigned = await api.AppointAsync("辛", new DateOnly(2026, 5, 1));
        await api.PostOkAsync(RosterApi.Office, $"/api/roster/supervisors/{dismissed.Id}/actions",
            new { kind = "dismissal", reasonCode = "illegal-activity", note = "经查实从事违法活动" });
        var application = await api.PostOkAsync(resigned.Token, $"/api/roster/supervisors/{resigned.Id}/applications",
            new { kind = "resignation", reason = "工作调动，无法继续履职" });
        await api.PostOkAsync(RosterApi.Office,
            $"/api/roster/supervisors/{resigned.Id}/applications/{application.GetProperty("id").GetGuid()}/decision",
            new { approved = true });

        using var anonymous = host.CreateClient();
        var list = await api.OkAsync(await anonymous.GetAsync("/api/public/roster/2026"));
        var statuses = list.EnumerateArray()
            .ToDictionary(e => e.GetProperty("certificateNumber").GetString()!, e => e.GetProperty("status").GetString());
        Assert.Equal("active", statuses[kept.CertificateNumber]);
        Assert.Equal("dismissed", statuses[dismissed.CertificateNumber]);
        Assert.Equal("resigned", statuses[resigned.CertificateNumber]);
        Assert.DoesNotContain("530122", list.GetRawText());

        var current = await api.OkAsync(await anonymous.GetAsync("/api/public/roster"));
        Assert.Equal([kept.CertificateNumber], current.EnumerateArray().Select(e => e.GetProperty("certificateNumber").GetString()));
        var check = await api.OkAsync(await anonymous.GetAsync($"/api/public/certificates/{resigned.CertificateNumber}"));
        Assert.Equal("expired", check.GetProperty("status").GetString());
        Assert.Equal("2026-11-19", check.GetProperty("endedOn").GetString());

        // The office's roster narrows by status as the API writes it, and says which words it knows.
        var dismissedOnly = await api.GetOkAsync(RosterApi.Office, "/api/roster/supervisors?status=dismissed");
        Assert.Equal([dismissed.Id], dismissedOnly.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        var unknown = await host.GetAsync(RosterApi.Office, "/api/roster/supervisors?status=retired");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await RosterApi.ProblemAsync(unknown)).GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Nominations_NarrowedByStatus_ListOnlyThatStatus_AndAnUnknownStatusIsAChineseProblem()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("nomstatus"), District);
        var api = new RosterApi(host);
        var waiting = await api.NominateAsync("丙", RosterApi.NewIdNumber());
        var approved = await api.ApprovedNominationAsync("丁", RosterApi.NewIdNumber());

        var nominated = await api.GetOkAsync(RosterApi.Office, "/api/roster/nominations?status=nominated");
        Assert.Equal([waiting], nominated.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
        var ofUnit = await api.GetOkAsync(TestTokens.Nominator("federation-commerce"), "/api/roster/nominations?status=approved");
        Assert.Equal([approved], ofUnit.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));

        var unknown = await host.GetAsync(RosterApi.Office, "/api/roster/nominations?status=hired");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await RosterApi.ProblemAsync(unknown)).GetProperty("errors").TryGetProperty("status", out _));
    }
}
