using System.Net;
using Jinning.Contracts.V1;
using Jinning.Roster.Supervisors;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>R9 and R8 through the API: applications and their decision, declarations and the office's consent.</summary>
[Collection(RosterCollection.Name)]
public sealed class ApplicationAndDeclarationTests(RosterInfrastructure infrastructure)
{
    private static readonly DateTimeOffset November20 = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task ApprovedResignation_EndsTheAppointment_AndAsksTheUnitForAReplacement_WhileARefusalChangesNothing()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("apply"), November20);
        var api = new RosterApi(host);
        var supervisor = await api.AppointAsync("甲", new DateOnly(2026, 3, 1), unit: "industrial-park");
        var other = await api.AppointAsync("乙", new DateOnly(2026, 3, 1));
        var applications = $"/api/roster/supervisors/{supervisor.Id}/applications";

        Assert.Equal(HttpStatusCode.NotFound,
            (await host.PostAsync(other.Token, applications, new { kind = "resignation", reason = "冒名" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await host.PostAsync(supervisor.Token, applications, new { kind = "retirement", reason = "理由" })).StatusCode);

        var adjustment = await api.PostOkAsync(supervisor.Token, applications, new { kind = "adjustment", reason = "近期长期出差" });
        var second = await host.PostAsync(supervisor.Token, applications, new { kind = "resignation", reason = "另一份" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        await api.PostOkAsync(RosterApi.Office, $"{applications}/{adjustment.GetProperty("id").GetGuid()}/decision",
            new { approved = false, note = "可暂缓参加活动" });
        Assert.Equal(SupervisorStatus.Active, await api.StatusAsync(supervisor.Id));
        Assert.Empty(await api.EventsAsync<SupervisorServiceEnded>());

        var resignation = await api.PostOkAsync(supervisor.Token, applications, new { kind = "resignation", reason = "工作调动，无法继续履职" });
        var decided = await api.PostOkAsync(RosterApi.Office, $"{applications}/{resignation.GetProperty("id").GetGuid()}/decision",
            new { approved = true });
        Assert.Equal("approved", decided.GetProperty("status").GetString());
        Assert.Equal(SupervisorStatus.Resigned, await api.StatusAsync(supervisor.Id));

        var ended = Assert.Single(await api.EventsAsync<SupervisorServiceEnded>());
        Assert.Equal("resigned", ended.GetProperty("status").GetString());
        var replacement = Assert.Single(await api.EventsAsync<ReplacementRequested>());
        Assert.Equal("industrial-park", replacement.GetProperty("nominatingUnit").GetString());
        Assert.Equal(supervisor.CertificateNumber, replacement.GetProperty("certificateNumber").GetString());
        Assert.Equal(2, (await api.EventsAsync<SupervisorApplicationFiled>()).Count);
        Assert.Equal(2, (await api.EventsAsync<SupervisorApplicationDecided>()).Count);

        var decidedAgain = await host.PostAsync(RosterApi.Office, $"{applications}/{resignation.GetProperty("id").GetGuid()}/decision",
            new { approved = true });
        Assert.Equal(HttpStatusCode.Conflict, decidedAgain.StatusCode);
        var file = await api.GetOkAsync(RosterApi.Office, $"/api/roster/supervisors/{supervisor.Id}/file");
        Assert.Equal(2, file.GetProperty("applications").GetArrayLength());
    }

    [Fact]
    public async Task PublicStatement_WaitsForTheOffice_WhileGiftsAreRecorded_AllOnThePersonalFile()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("declare"), November20);
        var api = new RosterApi(host);
        var supervisor = await api.AppointAsync("丙", new DateOnly(2026, 3, 1));
        var declarations = $"/api/roster/supervisors/{supervisor.Id}/declarations";

        var gift = await api.PostOkAsync(supervisor.Token, declarations, new
        {
            kind = "gift", summary = "某窗口单位赠送茶叶一盒", details = "已当场谢绝并退回。", occurredOn = "2026-11-18", counterparty = "某服务中心",
            estimatedValue = 200,
        });
        Assert.Equal("recorded", gift.GetProperty("status").GetString());
        var statement = await api.PostOkAsync(supervisor.Token, declarations, new
        {
            kind = "public-statement", summary = "接受晋宁电视台采访", details = "拟以义务监督员身份谈营商环境监督工作体会。", occurredOn = "2026-11-25",
        });
        Assert.Equal("pending", statement.GetProperty("status").GetString());

        var giftDecision = await host.PostAsync(RosterApi.Office, $"{declarations}/{gift.GetProperty("id").GetGuid()}/decision",
            new { approved = true });
        Assert.Equal(HttpStatusCode.Conflict, giftDecision.StatusCode);
        var pending = await api.GetOkAsync(RosterApi.Office, "/api/roster/declarations?status=pending");
        Assert.Equal(statement.GetProperty("id").GetGuid(), Assert.Single(pending.GetProperty("items").EnumerateArray()).GetProperty("id")
            .GetGuid());
        var approved = await api.PostOkAsync(RosterApi.Office, $"{declarations}/{statement.GetProperty("id").GetGuid()}/decision",
            new { approved = true, note = "注意不涉及具体投诉人信息" });
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        var filed = await api.EventsAsync<DeclarationFiled>();
        Assert.Equal([false, true], filed.Select(e => e.GetProperty("needsApproval").GetBoolean()));
        Assert.True(Assert.Single(await api.EventsAsync<DeclarationDecided>()).GetProperty("approved").GetBoolean());
        var file = await api.GetOkAsync(supervisor.Token, $"/api/roster/supervisors/{supervisor.Id}/file");
        Assert.Equal(2, file.GetProperty("declarations").GetArrayLength());

        var other = await api.AppointAsync("丁", new DateOnly(2026, 3, 1));
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(other.Token, declarations)).StatusCode);
        var badValue = await host.PostAsync(supervisor.Token, declarations,
            new { kind = "conflict-of-interest", summary = "亲属任职", details = "配偶在被监督单位任职", estimatedValue = 1e30 });
        Assert.Equal(HttpStatusCode.BadRequest, badValue.StatusCode);
        var nul = await host.PostAsync(supervisor.Token, declarations, new { kind = "gift", summary = "礼品\u0000", details = "说明" });
        Assert.True((await RosterApi.ProblemAsync(nul)).GetProperty("errors").TryGetProperty("summary", out _));
    }

    [Fact]
    public async Task CriticismAndReminderTalks_AreOnTheFileAndToldToTheSupervisor_AndAReferralGoesToTheDisciplineCommission()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("actions"), November20);
        var api = new RosterApi(host);
        var supervisor = await api.AppointAsync("戊", new DateOnly(2026, 3, 1));
        var actions = $"/api/roster/supervisors/{supervisor.Id}/actions";

        await api.PostOkAsync(RosterApi.Office, actions,
            new { kind = "reminder-talk", reasonCode = "discipline-violation", note = "参加被监督单位安排的宴请" });
        var referCriticism = await host.PostAsync(RosterApi.Office, actions,
            new { kind = "criticism", reasonCode = "discipline-violation", referToDiscipline = true });
        Assert.Equal(HttpStatusCode.BadRequest, referCriticism.StatusCode);
        Assert.Empty(await api.EventsAsync<AccountabilityReferred>());
        await api.PostOkAsync(RosterApi.Office, actions,
            new { kind = "termination", reasonCode = "discipline-violation", note = "再次接受宴请", referToDiscipline = true });

        var told = await api.EventsAsync<SupervisorActionRecorded>();
        Assert.Equal(["reminder-talk", "termination"], told.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(told, e => Assert.Equal(supervisor.Id, e.GetProperty("supervisorId").GetGuid()));
        Assert.Equal("termination", Assert.Single(await api.EventsAsync<AccountabilityReferred>()).GetProperty("actionKind").GetString());
        Assert.Equal("federation-commerce", Assert.Single(await api.EventsAsync<SupervisorDismissed>()).GetProperty("nominatingUnit")
            .GetString());
        var file = await api.GetOkAsync(RosterApi.Office, $"/api/roster/supervisors/{supervisor.Id}/file");
        Assert.Equal(2, file.GetProperty("disciplineAndAdjustments").GetArrayLength());
    }
}
