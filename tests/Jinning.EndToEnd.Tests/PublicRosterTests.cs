using System.Net;

namespace Jinning.EndToEnd.Tests;

/// <summary>R3, R4, P4: the public roster and certificate check, for anyone, without personal data.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PublicRosterTests(PlatformFixture platform)
{
    private static readonly string[] PersonalData = ["530122", "13800000000", "example.com", "idNumber", "phone", "email", "workplace", "昆明某科技有限公司"];

    [Fact]
    public async Task PublicRoster_ListsServingSupervisors_WithoutIdNumbersOrContactData()
    {
        var supervisor = await platform.Accounts.AppointSupervisorAsync("蒋五");

        var body = await Eventually(async () =>
        {
            var response = await platform.Gateway.GetAsync("/api/public/roster");
            return await response.Content.ReadAsStringAsync();
        }, text => text.Contains(supervisor.CertificateNumber));

        Assert.Contains("蒋五", body);
        Assert.Contains("区工商联", body);
        foreach (var forbidden in PersonalData)
        {
            Assert.DoesNotContain(forbidden, body);
        }
        var year = await (await platform.Gateway.GetAsync($"/api/public/roster/{supervisor.CertificateNumber[3..7]}")).Content.ReadAsStringAsync();
        Assert.Contains(supervisor.CertificateNumber, year);
        foreach (var forbidden in PersonalData)
        {
            Assert.DoesNotContain(forbidden, year);
        }
    }

    [Fact]
    public async Task Certificate_IsValidWhileServing_RevokedAfterDismissal_AndUnknownNumbersAre404()
    {
        var supervisor = await platform.Accounts.AppointSupervisorAsync("沈六");
        var office = await platform.Accounts.TokenAsync("office");

        var valid = await platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/public/certificates/{supervisor.CertificateNumber}", token: null!);
        Assert.Equal("valid", valid.GetProperty("status").GetString());
        Assert.Equal("沈六", valid.GetProperty("name").GetString());

        await platform.Accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/supervisors/{supervisor.Id}/actions", office,
            new { kind = "dismissal", reasonCode = "illegal-activity", note = "经查实从事违法活动" });
        var revoked = await Eventually(
            async () => await platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/public/certificates/{supervisor.CertificateNumber}", token: null!),
            check => check.GetProperty("status").GetString() == "revoked");
        Assert.Equal("revoked", revoked.GetProperty("status").GetString());

        var unknown = await platform.Gateway.GetAsync("/api/public/certificates/JN-2000-9999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    // Public answers are cached for 30 seconds: wait for the cache to turn over.
    private static Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done) =>
        Jinning.Testing.Eventually.WaitForAsync(probe, done, TimeSpan.FromSeconds(45), "the public answer");
}
