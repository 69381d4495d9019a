using Jinning.Contracts.V1;
using Jinning.Reporting.Data;
using Jinning.Reporting.Events.Ordering;
using Jinning.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Reporting.Tests;

public sealed class ReportingInfrastructure : InfrastructureFixture;

/// <summary>The real reporting service on a real database; events go in through the consumer's own ordered application.</summary>
public sealed class ReportingHost(InfrastructureFixture infrastructure, string database, DateTimeOffset start)
    : ServiceHost<Program, ReportingDbContext>(infrastructure, "reportingdb", database, start)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A test that publishes right after start finds the service's queues bound.
        builder.ConfigureTestServices(services => services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true));
    }

    /// <summary>Records and projects each event in its own transaction, in version order per aggregate, as the consumer does.</summary>
    public async Task FeedAsync(params object[] events)
    {
        foreach (var message in events)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<OrderedApplication>().ReceiveAsync(message, NewId.NextGuid(), null,
                CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }
}

/// <summary>A small district history: six issues, three supervisors, one half-year, with every figure worked out by hand in the tests.</summary>
public static class SampleHistory
{
    public static readonly TimeSpan District = TimeSpan.FromHours(8);
    public static readonly Guid S1 = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid S2 = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid S3 = Guid.Parse("00000000-0000-0000-0000-0000000000a3");
    public static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    public static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    public static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    public static readonly Guid E = Guid.Parse("00000000-0000-0000-0000-00000000000e");
    public static readonly Guid F = Guid.Parse("00000000-0000-0000-0000-00000000000f");

    private static DateTimeOffset At(int month, int day, int hour, int year = 2026) => new(year, month, day, hour, 0, 0, District);

    public static object[] Events() =>
    [
        Appointed(S1, "赵一", "JN-2026-0001", new DateOnly(2026, 3, 1)),
        Appointed(S2, "钱二", "JN-2026-0002", new DateOnly(2026, 3, 1)),
        Appointed(S3, "孙三", "JN-2026-0003", new DateOnly(2026, 8, 1)),

        // A: window service, taxation, 24 h, on time, confirmed with 5.
        Reported(A, "window-service", S1, At(7, 1, 10)),
        Transferred(A, "taxation", At(7, 1, 12), At(7, 10, 23)),
        new IssueRectified { IssueId = A, TrackingNumber = "WT-A", DepartmentCode = "taxation", OccurredAt = At(7, 2, 12), DispatchedAt = At(7, 1, 12), Deadline = At(7, 10, 23) },
        new FeedbackGiven { IssueId = A, TrackingNumber = "WT-A", ReporterSupervisorIds = [S1], OccurredAt = At(7, 3, 9) },
        new IssueClosed { IssueId = A, TrackingNumber = "WT-A", Rating = 5, OccurredAt = At(7, 4, 9) },

        // B: window service, finance, overdue, rectified late after 48 h, objected.
        Reported(B, "window-service", S1, At(7, 2, 8)),
        Transferred(B, "finance", At(7, 2, 9), At(7, 3, 9)),
        new IssueOverdue { IssueId = B, TrackingNumber = "WT-B", DepartmentCode = "finance", Deadline = At(7, 3, 9), OccurredAt = At(7, 3, 10) },
        new IssueRectified { IssueId = B, TrackingNumber = "WT-B", DepartmentCode = "finance", OccurredAt = At(7, 4, 9), DispatchedAt = At(7, 2, 9), Deadline = At(7, 3, 9) },
        new FeedbackGiven { IssueId = B, TrackingNumber = "WT-B", ReporterSupervisorIds = [S1], OccurredAt = At(7, 5, 9) },
        new IssueReopened { IssueId = B, TrackingNumber = "WT-B", Reason = "未整改到位", OccurredAt = At(7, 6, 9) },

        // C: administrative approval, major, taxation, overdue and still open. A co-handler's copy changes nothing.
        Reported(C, "administrative-approval", S2, At(8, 15, 9), major: true),
        Transferred(C, "taxation", At(8, 15, 10), At(8, 20, 23)),
        Transferred(C, "finance", At(8, 15, 10), At(8, 20, 23)) with { Role = "co-handler", LeadDepartmentCode = "taxation" },
        new IssueOverdue { IssueId = C, TrackingNumber = "WT-C", DepartmentCode = "taxation", Deadline = At(8, 20, 23), OccurredAt = At(8, 21, 0) },

        // D: administrative approval, taxation, 10 h, on time, confirmed with 3.
        Reported(D, "administrative-approval", null, At(8, 20, 9), source: "hotline"),
        Transferred(D, "taxation", At(8, 20, 10), At(8, 30, 23)),
        new IssueRectified { IssueId = D, TrackingNumber = "WT-D", DepartmentCode = "taxation", OccurredAt = At(8, 20, 20), DispatchedAt = At(8, 20, 10), Deadline = At(8, 30, 23) },
        new FeedbackGiven { IssueId = D, TrackingNumber = "WT-D", ReporterSupervisorIds = [], OccurredAt = At(8, 21, 9) },
        new IssueClosed { IssueId = D, TrackingNumber = "WT-D", Rating = 3, OccurredAt = At(8, 22, 9) },
        new CaseExposed { IssueId = D, Title = "审批案例", Summary = "摘要", Category = "administrative-approval", DepartmentCode = "taxation", OccurredAt = At(8, 23, 9) },

        // E: other, on the last evening of the year in the district; F: the first night of the next year (still 31 December in UTC).
        Reported(E, "other", S2, At(12, 31, 23)),
        Reported(F, "other", S3, new DateTimeOffset(2027, 1, 1, 0, 30, 0, District)),

        // Half-year work 2026-H2: S1 on time with an adopted suggestion, S2 late, S3 missing.
        Due(S1), Due(S2), Due(S3),
        new HalfYearWorkSubmitted { Period = "2026-H2", SupervisorId = S1, SubmissionId = Guid.NewGuid(), Late = false, OccurredAt = At(12, 20, 9) },
        new HalfYearWorkSubmitted { Period = "2026-H2", SupervisorId = S2, SubmissionId = Guid.NewGuid(), Late = true, OccurredAt = At(12, 31, 9) },
        new SuggestionAdopted { Period = "2026-H2", SupervisorId = S1, SubmissionId = Guid.NewGuid(), OccurredAt = At(12, 31, 10) },

        // The meeting's attendance is corrected: the second list replaces the first.
        new AttendanceRecorded { ActivityId = Guid.Parse("00000000-0000-0000-0000-0000000000e1"), Kind = "meeting", Year = 2026, AttendedSupervisorIds = [S1, S2], OccurredAt = At(11, 1, 9) },
        new AttendanceRecorded { ActivityId = Guid.Parse("00000000-0000-0000-0000-0000000000e1"), Kind = "meeting", Year = 2026, AttendedSupervisorIds = [S1], OccurredAt = At(11, 1, 10) },
        new AttendanceRecorded { ActivityId = Guid.Parse("00000000-0000-0000-0000-0000000000e2"), Kind = "training", Year = 2026, AttendedSupervisorIds = [S2], OccurredAt = At(11, 2, 10) },
        // 钱二 reports on a commissioned task, then corrects the report: it counts once.
        new TaskResultReported { TaskId = Guid.Parse("00000000-0000-0000-0000-0000000000f1"), SupervisorId = S2, Year = 2026, OccurredAt = At(11, 5, 9) },
        new TaskResultReported { TaskId = Guid.Parse("00000000-0000-0000-0000-0000000000f1"), SupervisorId = S2, Year = 2026, OccurredAt = At(11, 6, 9) },
        new SupervisorDismissed { SupervisorId = S3, CertificateNumber = "JN-2026-0003", ReasonCode = "discipline-violation", OccurredAt = At(12, 1, 9) },
    ];

    private static SupervisorAppointed Appointed(Guid id, string name, string certificate, DateOnly start) => new()
    {
        SupervisorId = id, NominationId = Guid.NewGuid(), CertificateNumber = certificate, Name = name, NominatingUnit = "federation-commerce",
        Background = "enterprise", TermStart = start, TermEnd = start.AddYears(2).AddDays(-1), OccurredAt = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), District),
    };

    private static IssueReported Reported(Guid id, string category, Guid? reporter, DateTimeOffset at, bool major = false, string source = "supervisor") => new()
    {
        IssueId = id, TrackingNumber = $"WT-{id.ToString()[^1]}", Title = "标题", Category = category, Channel = "web", Source = source, Major = major,
        ReporterSupervisorId = reporter, OccurredAt = at,
    };

    private static IssueTransferred Transferred(Guid id, string department, DateTimeOffset at, DateTimeOffset deadline) => new()
    {
        IssueId = id, TrackingNumber = "WT", Kind = "transfer", DepartmentCode = department, Category = "x", Major = false, Title = "标题", Description = "描述",
        Deadline = deadline, OccurredAt = at, LeadDepartmentCode = department,
    };

    private static HalfYearWorkDue Due(Guid supervisor) => new() { Period = "2026-H2", SupervisorId = supervisor, DueOn = new DateOnly(2026, 12, 31), OccurredAt = At(12, 1, 9) };
}
