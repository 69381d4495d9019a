using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Jinning.Drills;

/// <summary>The whole platform with two instances of every service, as <c>./run.sh --replicas 2</c> starts it.</summary>
public sealed class DrillPlatformFixture() : PlatformFixture(["--Jinning:Replicas=2"])
{
    public const int Replicas = 2;

    /// <summary>The operating-system process of a resource (a service instance, the broker, PostgreSQL), as the orchestrator reports it.</summary>
    public int ProcessIdOf(string resource)
    {
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        if (!notifications.TryGetCurrentState(resource, out var state))
        {
            throw new InvalidOperationException($"No resource {resource}.");
        }
        var pid = state.Snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value;
        return Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Until the orchestrator sees the resource's process gone.</summary>
    public async Task WaitForStoppedAsync(string resource, TimeSpan timeout)
    {
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (notifications.TryGetCurrentState(resource, out var state)
                && KnownResourceStates.TerminalStates.Contains(state.Snapshot.State?.Text))
            {
                return;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{resource} did not stop within {timeout.TotalSeconds:0} s.");
    }

    public async Task WaitForEveryInstanceAsync(CancellationToken cancellationToken)
    {
        foreach (var service in new[] { "identity", "roster", "ticketing", "notification", "reporting", "web" })
        {
            for (var instance = 1; instance <= Replicas; instance++)
            {
                await App.ResourceNotifications.WaitForResourceHealthyAsync(instance == 1 ? service : $"{service}-{instance}", cancellationToken);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DrillCollection : ICollectionFixture<DrillPlatformFixture>
{
    public const string Name = "drills";
}
