using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.PublicDisclosure;

namespace Jinning.Reporting.Tests;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(new float[] { 7 }, 0.5, 7.0)]
    [InlineData(new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.5, 5.5)]
    [InlineData(new float[] { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 }, 0.9, 9.1)]
    [InlineData(new float[] { 5, 5, 5, 1, 100 }, 0.5, 5.0)]
    [InlineData(new float[] { 3, 1, 2 }, 0.9, 2.8)]
    public void Percentile_InterpolatesLikePercentileInc(float[] values, double p, double expected) =>
        Assert.Equal(expected, IssueSummary.Percentile(values.AsSpan(), p));

    [Fact]
    public void Percentile_OfNothing_IsNull() => Assert.Null(IssueSummary.Percentile([], 0.5));

    [Fact]
    public void Percentile_AgreesWithSorting_OnRandomData()
    {
        var random = new Random(2026);
        for (var round = 0; round < 50; round++)
        {
            var values = Enumerable.Range(0, random.Next(1, 400)).Select(_ => (float)Math.Round(random.NextDouble() * 500, 1)).ToArray();
            var sorted = values.Order().ToArray();
            var rank = 0.9 * (sorted.Length - 1);
            var lower = (int)rank;
            var expected = lower + 1 < sorted.Length ? sorted[lower] + (rank - lower) * (sorted[lower + 1] - sorted[lower]) : sorted[lower];
            Assert.Equal(Math.Round(expected, 2), IssueSummary.Percentile(values.AsSpan(), 0.9)!.Value, 2);
        }
    }

    private static SummaryGroup Group(int count, int rectified, int overdueOpen, int rated, double? onTime, double? satisfaction) =>
        IssueSummary.Empty with
        {
            Key = "taxation",
            Count = count,
            Rectified = rectified,
            Overdue = overdueOpen,
            OnTimeMeasured = rectified + overdueOpen,
            Rated = rated,
            OnTimeRate = onTime,
            SatisfactionRate = satisfaction,
        };

    [Fact]
    public void PublicOnTimeRate_RestsOnRectifiedAndOpenOverdueIssues()
    {
        // Three rectified on time and two overdue, still open: five measured, so the rate is shown.
        var group = IssueSummary.Empty with { Key = "finance", Count = 5, Rectified = 3, OnTime = 3, Overdue = 2, OnTimeMeasured = 5, OnTimeRate = 0.6 };
        Assert.Equal(0.6, PublicDisclosureApi.Disclose(group).OnTimeRate);

        // Five overdue, all since rectified: still five measured, not ten.
        Assert.Equal(0.0, PublicDisclosureApi.Disclose(group with { Rectified = 5, OnTime = 0, Overdue = 5, OnTimeRate = 0.0 }).OnTimeRate);

        // Four rectified and none overdue: four measured, withheld.
        Assert.Null(PublicDisclosureApi.Disclose(group with { Rectified = 4, Overdue = 0, OnTimeMeasured = 4 }).OnTimeRate);
    }

    [Fact]
    public void PublicFigures_UnderFive_AreWithheld()
    {
        var small = PublicDisclosureApi.Disclose(Group(4, 4, 0, 4, 0.75, 1.0));
        Assert.Null(small.Handled);
        Assert.Null(small.OnTimeRate);
        Assert.Null(small.SatisfactionRate);
        Assert.True(small.Suppressed);

        var partly = PublicDisclosureApi.Disclose(Group(9, 6, 1, 3, 0.8, 1.0));
        Assert.Equal(9, partly.Handled);
        Assert.Equal(0.8, partly.OnTimeRate);
        Assert.Null(partly.SatisfactionRate);
        Assert.True(partly.Suppressed);

        var shown = PublicDisclosureApi.Disclose(Group(12, 10, 2, 5, 0.9, 0.6));
        Assert.Equal((12, 0.9, 0.6, false), (shown.Handled!.Value, shown.OnTimeRate!.Value, shown.SatisfactionRate!.Value, shown.Suppressed));
        Assert.Equal("国家税务总局晋宁区税务局", shown.Name);
    }
}

public sealed class EventCatalogTests
{
    [Fact]
    public async Task EveryConsumedEvent_IsKeptAndHasAProjection()
    {
        Assert.Equal(21, Jinning.Reporting.Events.EventCatalog.Types.Count);
        Assert.NotNull(Jinning.Reporting.Events.EventCatalog.Find(typeof(Jinning.Contracts.V1.TaskResultReported).FullName!));
        Assert.Null(Jinning.Reporting.Events.EventCatalog.Find(typeof(Jinning.Contracts.V1.MeetingScheduled).FullName!));

        // The projector dispatches each kept type (to projections absent here, hence the null reference), none is refused.
        var projector = new Jinning.Reporting.Events.Projector(null!, null!, null!);
        foreach (var type in Jinning.Reporting.Events.EventCatalog.Types)
        {
            var message = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
            await Assert.ThrowsAsync<NullReferenceException>(() => projector.ApplyAsync(message, CancellationToken.None));
        }
    }
}
