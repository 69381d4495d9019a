using System.Net.Http.Json;
using System.Text.Json;
using Jinning.Roster.Supervisors;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>The roster's API as tests drive it: the office, units and supervisors through HTTP, as the console would.</summary>
public sealed class RosterApi(RosterHost host)
{
    private static int _idSequence = Random.Shared.Next(1000, 9000);

    public static readonly string Office = TestTokens.Office();

    /// <summary>A well-formed ID number no other test uses.</summary>
    public static string NewIdNumber() =>
        $"530122198{Interlocked.Increment(ref _idSequence) % 10_000_000:0000000}{Random.Shared.Next(10, 99)}";

    public async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> PostOkAsync(string token, string path, object? body = null) =>
        await OkAsync(await host.PostAsync(token, path, body));

    public async Task<JsonElement> GetOkAsync(string token, string path) => await OkAsync(await host.GetAsync(token, path));

    public async Task<Guid> NominateAsync(string name, string idNumber, string unit = "federation-commerce")
    {
        var nomination = await PostOkAsync(TestTokens.Nominator(unit), "/api/roster/nominations", new
        {
            name, idNumber, workplace = "晋宁某企业", background = "enterprise", smallOrMediumEnterprise = true, email = "someone@example.com",
        });
        return nomination.GetProperty("id").GetGuid();
    }

    public async Task<Guid> ApprovedNominationAsync(string name, string idNumber, string unit = "federation-commerce")
    {
        var id = await NominateAsync(name, idNumber, unit);
        await PostOkAsync(Office, $"/api/roster/nominations/{id}/vetting",
            new { conditionsMet = true, disqualifiers = Array.Empty<object>() });
        await PostOkAsync(Office, $"/api/roster/nominations/{id}/approve");
        return id;
    }

    public sealed record Appointed(Guid Id, string CertificateNumber, string IdNumber)
    {
        public string Token => TestTokens.Supervisor(Id, CertificateNumber);
    }

    /// <summary>Nominated by a unit, vetted, approved and appointed on <paramref name="appointedOn"/>.</summary>
    public async Task<Appointed> AppointAsync(string name, DateOnly appointedOn, string unit = "federation-commerce",
        string? idNumber = null)
    {
        idNumber ??= NewIdNumber();
        var nomination = await ApprovedNominationAsync(name, idNumber, unit);
        var appointment = await PostOkAsync(Office, $"/api/roster/nominations/{nomination}/appoint", new { appointedOn });
        return new Appointed(appointment.GetProperty("supervisorId").GetGuid(), appointment.GetProperty("certificateNumber").GetString()!,
            idNumber);
    }

    public Task<SupervisorStatus> StatusAsync(Guid supervisorId) =>
        host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Supervisors.Where(s => s.Id == supervisorId).Select(s => s.Status)));

    /// <summary>The bodies of <typeparamref name="T"/> committed to the outbox, parsed.</summary>
    public async Task<List<JsonElement>> EventsAsync<T>() =>
        (await host.OutboxBodiesAsync<T>()).Select(body => JsonDocument.Parse(body).RootElement.Clone()).ToList();

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public static Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done, string what) =>
        Jinning.Testing.Eventually.WaitForAsync(probe, done, TimeSpan.FromSeconds(30), what);
}
