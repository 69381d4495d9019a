using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Reporting.Data;
using Jinning.Reporting.IssueStatistics;
using Jinning.Reporting.Rebuild;
using Jinning.Reporting.Scorecards;
using Jinning.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Reporting.Tests;

/// <summary>
/// P6 and T10 from events only, against a November worked out by hand: two departments, the office's
/// timeliness in working hours with 6 November made a holiday, and outcomes and time-outs in the summary.
/// </summary>
public sealed class ScorecardTests(ReportingInfrastructure infrastructure) : IClassFixture<ReportingInfrastructure>
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-0000000001a0"),
    B = Guid.Parse("00000000-0000-0000-0000-0000000001b0"),
        C = Guid.Parse("00000000-0000-0000-0000-0000000001c0"), D = Guid.Parse("00000000-0000-0000-0000-0000000001d0"),
        E = Guid.Parse("00000000-0000-0000-0000-0000000001e0"), F = Guid.Parse("00000000-0000-0000-0000-0000000001f0");

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, District);

    private static DateTimeOffset EndOf(int month, int day) => new(2026, month, day, 23, 59, 59, District);

    private static object[] November() =>
    [
        new WorkingCalendarChanged { Year = 2026, Holidays = [new DateOnly(2026, 11, 6)], MakeUpWorkdays = [], OccurredAt = At(10, 1, 8) },

        // A, taxation: dispatched 6 h after registration, signed for and rectified on time, fed back 48 working hours later, rated 5.
        Reported(A, At(11, 2, 10)),
        Transferred(A, "taxation", At(11, 2, 16), EndOf(11, 3), EndOf(11, 20)),
        SignedFor(A, "taxation", At(11, 3, 9), EndOf(11, 3)),
        Rectified(A, "taxation", At(11, 4, 9), EndOf(11, 20)),
        new FeedbackGiven { IssueId = A, TrackingNumber = "WT-A", ReporterSupervisorIds = [], OccurredAt = At(11, 9, 9) },
        Closed(A, "taxation", At(11, 10, 9), rating: 5, confirmation: "confirmed"),

        // B, taxation: registered on Thursday evening, dispatched Monday (14 working hours over the holiday and the weekend),
        // signed for late, two deadlines missed, rectified late; a co-handler's copy and the escalation's re-announcement add nothing.
        Reported(B, At(11, 5, 20)),
        Transferred(B, "taxation", At(11, 9, 10), EndOf(11, 10), EndOf(11, 12)),
        Transferred(B, "finance", At(11, 9, 10), EndOf(11, 10), EndOf(11, 12)) with { Role = "co-handler",
        LeadDepartmentCode = "taxation" },
        SignedFor(B, "taxation", At(11, 11, 9), EndOf(11, 10)),
        new IssueOverdue { IssueId = B, TrackingNumber = "WT-B", DepartmentCode = "taxation", Deadline = EndOf(11, 12), OccurredAt = At(11,
        13, 0, 5),
            SupervisionLevel = "office", Escalations = 1 },
        Transferred(B, "taxation", At(11, 13, 0, 5), EndOf(11, 13), EndOf(11, 19)) with { Kind = "supervise" },
        new IssueOverdue { IssueId = B, TrackingNumber = "WT-B", DepartmentCode = "taxation", Deadline = EndOf(11, 19), OccurredAt = At(11,
        20, 0, 5),
            SupervisionLevel = "leadership", Escalations = 2 },
        Rectified(B, "taxation", At(11, 30, 9), EndOf(11, 27)),

        // C: dispatched to taxation 2 h after registration and returned, redispatched to finance, which handles it on time;
        // fed back 24 working hours after the rectification; the reporter never confirmed.
        Reported(C, At(11, 10, 9)),
        Transferred(C, "taxation", At(11, 10, 11), EndOf(11, 11), EndOf(11, 24)),
        new IssueReturned { IssueId = C, TrackingNumber = "WT-C", DepartmentCode = "taxation", Reason = "不属于本单位职责", OccurredAt = At(11, 10,
        15) },
        Transferred(C, "finance", At(11, 11, 9), EndOf(11, 12), EndOf(11, 25)),
        SignedFor(C, "finance", At(11, 11, 10), EndOf(11, 12)),
        Rectified(C, "finance", At(11, 12, 10), EndOf(11, 25)),
        new FeedbackGiven { IssueId = C, TrackingNumber = "WT-C", ReporterSupervisorIds = [], OccurredAt = At(11, 13, 10) },
        Closed(C, "finance", At(11, 23, 0, 5), rating: null, confirmation: "timed-out"),

        // D, finance: registered on Friday 30 October, dispatched on Monday (24 working hours), handled on time, fed back in 6 h, rated 4.
        Reported(D, At(10, 30, 9)),
        Transferred(D, "finance", At(11, 2, 9), EndOf(11, 3), EndOf(11, 20)),
        SignedFor(D, "finance", At(11, 2, 10), EndOf(11, 3)),
        Rectified(D, "finance", At(11, 3, 10), EndOf(11, 20)),
        new FeedbackGiven { IssueId = D, TrackingNumber = "WT-D", ReporterSupervisorIds = [], OccurredAt = At(11, 3, 16) },
        Closed(D, "finance", At(11, 4, 9), rating: 4, confirmation: "confirmed"),

        // E, finance, all in October: outside the month, inside the half-year.
        Reported(E, At(10, 1, 9)),
        Transferred(E, "finance", At(10, 2, 9), EndOf(10, 5), EndOf(10, 20)),
        Closed(E, "finance", At(10, 12, 9), rating: 5, confirmation: null),

        // F: closed by the office before any dispatch as unfounded.
        Reported(F, At(11, 16, 9)),
        Closed(F, null, At(11, 17, 9), rating: null, confirmation: "not-applicable", outcome: "unfounded"),
    ];

    [Fact]
    public async Task Scorecard_ForAMonth_MatchesTheHandWorkedFigures_AndARebuildGivesTheSame()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("scorecard"), DateTimeOffset.UtcNow);
        await host.FeedAsync(November());

        var scorecard = await BuildAsync(host, "2026-11");
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (scorecard.From, scorecard.To));
        Assert.Equal(["finance", "taxation"], scorecard.Departments.Select(d => d.DepartmentCode));

        var finance = scorecard.Departments[0];
        Assert.Equal("区财政局", finance.DepartmentName);
        Assert.Equal((2, 2, 2, 1.0, 0), (finance.Received, finance.SignedFor, finance.SignedForOnTime, finance.SignedForOnTimeRate,
            finance.Returned));
        Assert.Equal((2, 2, 1.0), (finance.Rectified, finance.RectifiedOnTime, finance.RectifiedOnTimeRate));
        Assert.Equal((0, 0), (finance.Overdue, finance.Escalations));
        Assert.Equal((1, 4.0, 1.0, 1), (finance.Rated, finance.AverageRating, finance.SatisfactionRate, finance.ConfirmationsTimedOut));
        Assert.Equal((1.0, 1), (finance.Score, finance.Rank));

        var taxation = scorecard.Departments[1];
        Assert.Equal((3, 2, 1, 0.5, 1), (taxation.Received, taxation.SignedFor, taxation.SignedForOnTime, taxation.SignedForOnTimeRate,
            taxation.Returned));
        Assert.Equal((2, 1, 0.5), (taxation.Rectified, taxation.RectifiedOnTime, taxation.RectifiedOnTimeRate));
        Assert.Equal((1, 2), (taxation.Overdue, taxation.Escalations));
        Assert.Equal((1, 5.0, 1.0, 0), (taxation.Rated, taxation.AverageRating, taxation.SatisfactionRate, taxation.ConfirmationsTimedOut));
        Assert.Equal((0.6667, 2), (taxation.Score, taxation.Rank));

        // Registration to dispatch: C 2, A 6, B 14, D 24 working hours; rectification to feedback: D 6, C 24, A 48.
        Assert.Equal((4, 10.0, 21.0), (scorecard.Office.RegisteredToDispatch.Count,
        scorecard.Office.RegisteredToDispatch.MedianWorkingHours,
            scorecard.Office.RegisteredToDispatch.P90WorkingHours));
        Assert.Equal((3, 24.0, 43.2), (scorecard.Office.RectifiedToFeedback.Count, scorecard.Office.RectifiedToFeedback.MedianWorkingHours,
            scorecard.Office.RectifiedToFeedback.P90WorkingHours));

        var halfYear = await BuildAsync(host, "2026-H2");
        Assert.Equal((3, 2), (halfYear.Departments[0].Received, halfYear.Departments[0].Rated));
        Assert.Equal(5, halfYear.Office.RegisteredToDispatch.Count);

        await host.WithScopeAsync(s => s.GetRequiredService<ReadModelRebuilder>().RebuildAsync(CancellationToken.None));
        var rebuilt = await BuildAsync(host, "2026-11");
        Assert.Equal(JsonSerializer.Serialize(scorecard), JsonSerializer.Serialize(rebuilt));
    }

    [Fact]
    public async Task Summary_CountsTimedOutConfirmationsApartFromSatisfiedAndObjected_AndTheOutcomes()
    {
        await using var host = new ReportingHost(infrastructure, InfrastructureFixture.NewDatabaseName("outcomes"), DateTimeOffset.UtcNow);
        await host.FeedAsync(November());

        var (groups, total) = await host.WithScopeAsync(s => s.GetRequiredService<IssueStatisticsIndex>()
            .SummarizeAsync(s.GetRequiredService<ReportingDbContext>(), SummaryGrouping.Department, null, null, CancellationToken.None));

        Assert.Equal((5, 3, 1, 0), (total.Closed, total.FeedbackAccepted, total.ConfirmationsTimedOut, total.FeedbackObjected));
        Assert.Equal(4, total.Outcomes["resolved"]);
        Assert.Equal(1, total.Outcomes["unfounded"]);
        Assert.Equal(0, total.Outcomes["explained"]);
        var finance = groups.Single(g => g.Key == "finance");
        Assert.Equal((3, 2, 1), (finance.Closed, finance.FeedbackAccepted, finance.ConfirmationsTimedOut));
        Assert.Equal(1, groups.Single(g => g.Key == "undispatched").Outcomes["unfounded"]);
    }

    private static Task<DepartmentScorecard.Scorecard> BuildAsync(ReportingHost host, string period)
    {
        var (from, to) = period == "2026-11" ? (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)) : (new DateOnly(2026, 7, 1),
            new DateOnly(2026, 12, 31));
        return host.WithScopeAsync(s => DepartmentScorecard.BuildAsync(s.GetRequiredService<ReportingDbContext>(), period, from, to,
            CancellationToken.None));
    }

    private static IssueReported Reported(Guid id, DateTimeOffset at) => new()
    {
        IssueId = id, TrackingNumber = $"WT-{id.ToString()[^2]}", Title = "标题", Category = "window-service", Channel = "web",
        Source = "supervisor",
        Major = false, OccurredAt = at,
    };

    private static IssueTransferred Transferred(Guid id, string department, DateTimeOffset at, DateTimeOffset signFor,
        DateTimeOffset deadline) => new()
        {
            IssueId = id, TrackingNumber = "WT", Kind = "transfer", DepartmentCode = department, Category = "window-service", Major = false,
            Title = "标题",
            Description = "描述", Deadline = deadline, SignForDeadline = signFor, OccurredAt = at, LeadDepartmentCode = department,
        };

    private static IssueSignedFor SignedFor(Guid id, string department, DateTimeOffset at, DateTimeOffset limit) => new()
    {
        IssueId = id, TrackingNumber = "WT", DepartmentCode = department, SignForDeadline = limit, OccurredAt = at,
    };

    private static IssueRectified Rectified(Guid id, string department, DateTimeOffset at, DateTimeOffset deadline) => new()
    {
        IssueId = id, TrackingNumber = "WT", DepartmentCode = department, Deadline = deadline, OccurredAt = at,
    };

    private static IssueClosed Closed(Guid id, string? department, DateTimeOffset at, int? rating, string? confirmation,
        string outcome = "resolved") => new()
        {
            IssueId = id, TrackingNumber = "WT", DepartmentCode = department, Rating = rating, Confirmation = confirmation, Outcome = outcome,
            OccurredAt = at,
        };
}
