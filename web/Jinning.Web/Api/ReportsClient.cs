namespace Jinning.Web.Api;

/// <summary>The figures of one group of the issue summary (P1); rates are fractions, null where nothing was measured.</summary>
public sealed record SummaryGroup(
    string Key, int Count, int Open, int Closed, int Major, int Overdue, double? OverdueRate, int Rectified, int OnTime,
    int OnTimeMeasured, double? OnTimeRate, double? MedianHandlingHours, double? P90HandlingHours, int FeedbackGiven,
    int FeedbackAccepted, int FeedbackObjected, int Rated, double? AverageRating, double? SatisfactionRate, int ConfirmationsTimedOut,
    IReadOnlyDictionary<string, int>? Outcomes);

public sealed record IssueSummary(string GroupBy, DateOnly? From, DateOnly? To, SummaryGroup Total, IReadOnlyList<SummaryGroup> Groups);

public sealed record ScorecardRow(
    string DepartmentCode, string DepartmentName, int Received, int SignedFor, int SignedForOnTime, double? SignedForOnTimeRate,
    int Returned, int Rectified, int RectifiedOnTime, double? RectifiedOnTimeRate, int Overdue, int Escalations, int Rated,
    double? AverageRating, double? SatisfactionRate, int ConfirmationsTimedOut, double? Score, int? Rank);

public sealed record Timeliness(int Count, double? MedianWorkingHours, double? P90WorkingHours);

public sealed record OfficeTimeliness(Timeliness RegisteredToDispatch, Timeliness RectifiedToFeedback);

public sealed record Scorecard(string Period, DateOnly From, DateOnly To, IReadOnlyList<ScorecardRow> Departments, OfficeTimeliness Office);

public sealed record SupervisorDuty(Guid SupervisorId, string Name, string CertificateNumber, string NominatingUnit, string Status,
    bool SuggestionAdopted);

public sealed record DutyCompliance(string Period, int Owed, int OnTime, int Late, int Missing, double? ComplianceRate, int SuggestionsAdopted,
    IReadOnlyList<SupervisorDuty> Supervisors);

public sealed record PublicDepartmentFigures(string DepartmentCode, string Name, int? Handled, double? OnTimeRate, double? SatisfactionRate,
    bool Suppressed);

public sealed record PublicDepartmentDisclosure(int Year, int MinimumCount, string Note, IReadOnlyList<PublicDepartmentFigures> Departments);

public sealed record AppointmentYear(int Year, int Appointed);

public sealed record RebuildResult(long ReplayedEvents, Guid Generation, DateTimeOffset RebuiltAt, double Seconds);

/// <summary>The office's statistics and reports (P1–P6), and the public figures as the public sees them (P4).</summary>
public sealed class ReportsClient(HttpClient http) : GatewayClient(http)
{
    /// <param name="groupBy">category, department, status, day, month, half-year or year.</param>
    public Task<ApiResult<IssueSummary>> SummaryAsync(string groupBy, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var range = (from is { } f ? $"&from={f:yyyy-MM-dd}" : "") + (to is { } t ? $"&to={t:yyyy-MM-dd}" : "");
        return GetAsync<IssueSummary>($"/api/reports/issues/summary?groupBy={groupBy}{range}", cancellationToken);
    }

    /// <param name="period">A month (2026-11), a half-year (2026-H2) or a year (2026).</param>
    public Task<ApiResult<Scorecard>> ScorecardAsync(string period, CancellationToken cancellationToken) =>
        GetAsync<Scorecard>($"/api/reports/departments/scorecard?period={Uri.EscapeDataString(period)}", cancellationToken);

    public Task<ApiResult<DutyCompliance>> DutiesAsync(string halfYear, CancellationToken cancellationToken) =>
        GetAsync<DutyCompliance>($"/api/reports/duties/{Uri.EscapeDataString(halfYear)}", cancellationToken);

    public Task<ApiResult<PublicDepartmentDisclosure>> PublicDepartmentsAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<PublicDepartmentDisclosure>($"/api/public/departments?year={year}", cancellationToken);

    public Task<ApiResult<List<AppointmentYear>>> PublicAppointmentsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<AppointmentYear>>("/api/public/appointments", cancellationToken);

    public Task<ApiResult<RebuildResult>> RebuildAsync(CancellationToken cancellationToken) =>
        PostAsync<RebuildResult>("/api/reports/rebuild", null, cancellationToken);

    /// <param name="period">A half-year (2026-H2) or a year (2026).</param>
    /// <param name="format">xlsx or csv.</param>
    public Task<ApiResult<StreamedFile>> PeriodicReportAsync(string period, string format, CancellationToken cancellationToken) =>
        StreamAsync($"/api/reports/periodic/{Uri.EscapeDataString(period)}?format={format}", cancellationToken);
}
