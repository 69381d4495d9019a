using System.Net;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>T12: the discipline commission sees who reported retaliation, by the supervisor's record; never their file.</summary>
[Collection(RosterCollection.Name)]
public sealed class DisciplineReadsReporterTests(RosterInfrastructure infrastructure)
{
    private static readonly DateTimeOffset District = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Discipline_ReadsASupervisorsRecord_ButNotTheirFile_AndADepartmentReadsNeither()
    {
        await using var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName("discipline"), District);
        var api = new RosterApi(host);
        var reporter = await api.AppointAsync("钱多多", new DateOnly(2026, 3, 1));

        var record = await api.GetOkAsync(TestTokens.Discipline(), $"/api/roster/supervisors/{reporter.Id}");
        Assert.Equal(("钱多多", reporter.CertificateNumber), (record.GetProperty("name").GetString(),
            record.GetProperty("certificateNumber").GetString()));

        Assert.Equal(HttpStatusCode.Forbidden,
            (await host.GetAsync(TestTokens.Discipline(), $"/api/roster/supervisors/{reporter.Id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await host.GetAsync(TestTokens.Department("taxation"), $"/api/roster/supervisors/{reporter.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await host.GetAsync(TestTokens.Discipline(), $"/api/roster/supervisors/{Guid.NewGuid()}")).StatusCode);
    }
}
