using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Jinning.DemoData.Tests;

/// <summary>
/// An empty platform of its own (the end-to-end collection fills its own with test data), whose issue
/// clock looks every few seconds instead of every five minutes: the demo's overdue issues then show
/// within the test.
/// </summary>
public sealed class DemoPlatformFixture : PlatformFixture
{
    public static readonly TimeSpan ClockInterval = TimeSpan.FromSeconds(3);

    protected override void Configure(IDistributedApplicationTestingBuilder builder) =>
        builder.CreateResourceBuilder<ProjectResource>("ticketing").WithEnvironment("Ticketing__Clock__Interval", ClockInterval.ToString());
}

[CollectionDefinition(Name)]
public sealed class DemoPlatformCollection : ICollectionFixture<DemoPlatformFixture>
{
    public const string Name = "demo-platform";
}
