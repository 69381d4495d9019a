using System.Diagnostics.Metrics;
using Jinning.Testing;
using Jinning.Ticketing.Calendar;
using Jinning.Ticketing.Issues;
using Jinning.Ticketing.Telemetry;
using Jinning.Messaging.Outbox;
using Jinning.Ticketing.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jinning.Ticketing.Tests.Telemetry;

/// <summary>The issue gauges read through a <see cref="MeterListener"/>, as an exporter reads them, over real issues.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class IssueMetricsTests(TicketingInfrastructure infrastructure)
{
    private static readonly TimeSpan District = TimeSpan.FromHours(8);

    private static Issue Reported(DateTimeOffset at) => Issue.Report(Guid.NewGuid(), $"WT-{Guid.NewGuid():N}"[..20], "审批窗口推诿",
        "描述", IssueCategory.WindowService, IssueChannel.Web, IssueSource.Supervisor, null, null, false, Guid.NewGuid(), at);

    private static Issue Dispatched(DateTimeOffset at, TimeSpan toDeadline)
    {
        var issue = Reported(at);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", at + toDeadline, at + toDeadline / 2), at);
        return issue;
    }

    private static Issue Rectified(DateTimeOffset at)
    {
        var issue = Dispatched(at, TimeSpan.FromDays(10));
        issue.SignFor(at);
        issue.Rectify("已整改", [], at);
        return issue;
    }

    [Fact]
    public async Task Gauges_CountOpenIssuesByStatus_Overdue_SignForOverdue_AwaitingFeedbackAndConfirmation()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, District);
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("metrics"), start);
        var now = start.ToUniversalTime();
        var weekAgo = now.AddDays(-7);
        var overdue = Dispatched(weekAgo, TimeSpan.FromDays(2));
        overdue.EscalateIfOverdue(now, now.AddDays(5), new WorkingCalendar([], []));
        var waiting = Rectified(now);
        waiting.GiveFeedback("已整改", now.AddDays(7), reporterSignInDisabled: false, now);
        var closed = Rectified(now);
        closed.GiveFeedback("已整改", now.AddDays(7), reporterSignInDisabled: false, now);
        closed.ConfirmFix(5, now);
        await host.SeedAsync(Reported(now), Reported(now), Dispatched(now, TimeSpan.FromDays(10)),
            Dispatched(weekAgo, TimeSpan.FromDays(30)), overdue, Rectified(now), waiting, closed);
        using var listener = new IntGaugeListener("Jinning.Ticketing", host.Services.GetRequiredService<IMeterFactory>());

        await host.Services.GetRequiredService<IssueFigureRefresher>().RefreshAsync(CancellationToken.None);
        var readings = listener.Collect();

        Assert.Equal(2, readings[("jinning.issues.open", "registered")]);
        // Two dispatched on time and one (the escalated) dispatched again under supervision; the closed one is not open.
        Assert.Equal(3, readings[("jinning.issues.open", "dispatched")]);
        Assert.Equal(1, readings[("jinning.issues.open", "rectified")]);
        Assert.Equal(1, readings[("jinning.issues.open", "feedback-given")]);
        Assert.False(readings.ContainsKey(("jinning.issues.open", "closed")));
        Assert.Equal(1, readings[("jinning.issues.overdue", "")]);
        // Dispatched a week ago with half of 30 days to sign for is still within the limit; the escalated one is not.
        Assert.Equal(1, readings[("jinning.issues.sign_for_overdue", "")]);
        Assert.Equal(1, readings[("jinning.issues.awaiting_feedback", "")]);
        Assert.Equal(1, readings[("jinning.issues.awaiting_confirmation", "")]);
    }
}

/// <summary>Every state change saved through <see cref="IssueStore"/> is logged once, by tracking number, without the reporter.</summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class IssueChangeLogTests(TicketingInfrastructure infrastructure)
{
    [Fact]
    public async Task EachEventSaved_IsLoggedOnce_WithTrackingNumberEventIdAndStatus_AndNoReporterText()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("changelog"), start);
        var now = start.ToUniversalTime();
        var issue = Issue.Report(Guid.NewGuid(), "WT-20261102-0001", "王五反映窗口推诿", "联系电话 13800000000",
            IssueCategory.WindowService, IssueChannel.Web, IssueSource.Supervisor, null, null, false, Guid.NewGuid(), now);
        issue.Dispatch(new DispatchOrder(DispatchKind.Transfer, "taxation", now.AddDays(10)), now);
        var logs = new ListLogger();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
            db.Issues.Add(issue);
            await new IssueStore(db, scope.ServiceProvider.GetRequiredService<IOutbox>(), logs).SaveAsync(CancellationToken.None);
        }

        Assert.Equal(2, logs.Entries.Count);
        Assert.All(logs.Entries, e => Assert.Equal(IssueChangeLog.IssueChangedEventId, e.EventId.Id));
        Assert.Equal(["Issue WT-20261102-0001: Registered, now dispatched", "Issue WT-20261102-0001: Dispatched, now dispatched"],
            logs.Entries.Select(e => e.Message[..e.Message.IndexOf(" (", StringComparison.Ordinal)]));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("王五") || e.Message.Contains("13800000000"));
    }

    private sealed class ListLogger : ILogger<IssueStore>
    {
        public List<(EventId EventId, string Message)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((eventId, formatter(state, exception)));
    }
}

/// <summary>Collects every <c>int</c> measurement of one meter's observable instruments, keyed by instrument and status tag.</summary>
public sealed class IntGaugeListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<(string, string), int> _readings = [];

    /// <param name="scope">The host's <see cref="IMeterFactory"/>: other tests' hosts in the same process publish instruments of the
    /// same name.</param>
    public IntGaugeListener(string meter, IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meter && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            var tag = "";
            foreach (var t in tags)
            {
                tag = t.Value?.ToString() ?? "";
            }
            _readings[(instrument.Name, tag)] = value;
        });
        _listener.Start();
    }

    public IReadOnlyDictionary<(string Instrument, string Tag), int> Collect()
    {
        _readings.Clear();
        _listener.RecordObservableInstruments();
        return new Dictionary<(string, string), int>(_readings);
    }

    public void Dispose() => _listener.Dispose();
}
