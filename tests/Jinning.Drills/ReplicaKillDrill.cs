using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Jinning.Testing;
using Xunit.Abstractions;

namespace Jinning.Drills;

/// <summary>Drill 2: two instances of every service; one ticketing instance SIGKILLed while issues are reported through the gateway.</summary>
[Collection(DrillCollection.Name)]
public sealed class ReplicaKillDrill(DrillPlatformFixture platform, ITestOutputHelper output)
{
    private const string Victim = "ticketing-2";

    [Fact]
    public async Task AnInstanceKilledDuringIntake_LosesNoIssueThatGot201()
    {
        using var ready = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await platform.WaitForEveryInstanceAsync(ready.Token);
        var supervisor = await platform.Accounts.AppointSupervisorAsync("李四");
        var total = Drill.Pick(40, 300);
        var killAfter = total / 3;
        var created = new ConcurrentBag<Guid>();
        var failures = new ConcurrentQueue<string>();
        var next = 0;
        var killed = 0;

        async Task ReportAsync()
        {
            while (Interlocked.Increment(ref next) is var number && number <= total)
            {
                if (number == killAfter && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    // SIGKILL: no graceful shutdown, requests in flight on that instance are cut.
                    ProcessTree.KillTree(platform.ProcessIdOf(Victim));
                }
                try
                {
                    using var response = await platform.Accounts.SendAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
                    {
                        title = $"演练：窗口排队 {number} {Guid.NewGuid():N}",
                        description = "演练中连续报告的问题，用于验证实例故障时不丢失已受理的问题。",
                        category = "window-service",
                        channel = "web",
                    });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        created.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                    }
                    else
                    {
                        failures.Enqueue($"{(int)response.StatusCode}");
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue(exception.GetType().Name);
                }
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(ReportAsync)));

            var office = await platform.Accounts.TokenAsync("office");
            var missing = new List<Guid>();
            foreach (var id in created)
            {
                // A read may still meet the dead instance before the gateway's checks take it out: ask again.
                var status = await Eventually.WaitForAsync(
                    async () => (await platform.Accounts.SendAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", office)).StatusCode,
                    code => code is HttpStatusCode.OK or HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), $"issue {id}");
                if (status != HttpStatusCode.OK)
                {
                    missing.Add(id);
                }
            }

            var errors = string.Join(", ", failures.GroupBy(f => f).Select(g => $"{g.Key}×{g.Count()}"));
            output.WriteLine(Drill.Report("2 replica killed", $"{total} reports through the gateway, 4 at a time; {Victim} SIGKILLed after {killAfter}",
                "every 201 issue exists; gateway errors reported", $"{created.Count} × 201, {missing.Count} missing; errors during the kill: "
                + (failures.IsEmpty ? "none" : errors), missing.Count == 0));
            Assert.Equal(1, killed);
            Assert.NotEmpty(created);
            Assert.Empty(missing);
        }
        finally
        {
            // The other drills want both instances again.
            await platform.App.Services.GetRequiredService<ResourceCommandService>()
                .ExecuteCommandAsync(Victim, KnownResourceCommands.StartCommand);
        }
    }
}
