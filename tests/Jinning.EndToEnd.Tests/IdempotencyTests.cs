using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jinning.EndToEnd.Tests;

/// <summary>API.md: a retry of a creating POST with the same Idempotency-Key returns the first response and creates nothing new.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IdempotencyTests(PlatformFixture platform)
{
    private async Task<HttpResponseMessage> PostAsync(string path, string? token, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", key);
        return await platform.Gateway.SendAsync(request);
    }

    [Fact]
    public async Task RetriedReport_ReturnsTheFirstIssue_AndCreatesNoSecond()
    {
        var supervisor = await platform.Accounts.AppointSupervisorAsync("褚一");
        var key = Guid.NewGuid().ToString();
        var body = new { title = $"重复提交测试 {key}", description = "网络中断后客户端重试。", category = "other", channel = "web" };

        var first = await PostAsync("/api/ticketing/issues", supervisor.Token, body, key);
        var retry = await PostAsync("/api/ticketing/issues", supervisor.Token, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("trackingNumber").GetString(), b.GetProperty("trackingNumber").GetString());

        var own = await platform.Accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=100", supervisor.Token);
        Assert.Single(own.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == body.title);

        var other = await PostAsync("/api/ticketing/issues", supervisor.Token, body with { }, Guid.NewGuid().ToString());
        Assert.NotEqual(a.GetProperty("id").GetGuid(), (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task SameKey_ForADifferentRequest_Is422_AndKeysBelongToTheCaller()
    {
        var office = await platform.Accounts.TokenAsync("office");
        var key = Guid.NewGuid().ToString();
        var nomination = new
        {
            name = "卫二", idNumber = "530122198303031234", workplace = "晋宁某律所", background = "legal", smallOrMediumEnterprise = false,
            nominatingUnit = "united-front",
        };
        var first = await PostAsync("/api/roster/nominations", office, nomination, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var changed = await PostAsync("/api/roster/nominations", office, nomination with { name = "卫三" }, key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Equal("application/problem+json", changed.Content.Headers.ContentType?.MediaType);

        // Another caller's identical key is theirs alone.
        var nominator = await platform.Accounts.TokenAsync("nominator.federation-commerce");
        var theirs = await PostAsync("/api/roster/nominations", nominator, nomination with { nominatingUnit = "federation-commerce" }, key);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task ValidationErrors_AreReplayedToo_AndAnOverlongKeyIs400()
    {
        var office = await platform.Accounts.TokenAsync("office");
        var key = Guid.NewGuid().ToString();
        var bad = new { title = "", category = "nonsense", channel = "web" };
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("/api/ticketing/issues", office, bad, key)).StatusCode);
        var retry = await PostAsync("/api/ticketing/issues", office, bad, key);
        Assert.Equal(HttpStatusCode.BadRequest, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("/api/ticketing/issues", office, bad, new string('k', 101))).StatusCode);
    }
}
