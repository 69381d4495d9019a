namespace Jinning.Web.Api;

public sealed record Meeting(Guid Id, string Kind, string Title, DateTimeOffset StartsAt, string? Place, IReadOnlyList<Guid> InvitedSupervisorIds,
    IReadOnlyList<Guid> AttendedSupervisorIds, DateOnly? HeldOn, bool MinutesRecorded);
public sealed record MeetingReport(Guid SupervisorId, string Summary);
public sealed record MeetingDetail(Guid Id, string Kind, string Title, DateTimeOffset StartsAt, string? Place,
    IReadOnlyList<Guid> InvitedSupervisorIds, IReadOnlyList<Guid> AttendedSupervisorIds, DateOnly? HeldOn, string? Minutes,
    IReadOnlyList<MeetingReport> Reports, DateTimeOffset? MinutesRecordedAt);
public sealed record YearOfMeetings(int Year, bool SymposiumScheduled, string? Warning, IReadOnlyList<Meeting> Meetings, bool SymposiumHeld);
public sealed record MeetingRequest(string? Kind, string? Title, DateTimeOffset? StartsAt, string? Place, IReadOnlyList<Guid> InvitedSupervisorIds);
public sealed record MinutesRequest(DateOnly? HeldOn, string? Minutes, IReadOnlyList<MeetingReport> Reports);

public sealed record TrainingSummary(Guid Id, string Period, string Title, DateOnly? HeldOn, DateTimeOffset IssuedAt, int Recipients,
    int ReadCount, DateTimeOffset? ReadAt, bool Attended);
public sealed record TrainingList(IReadOnlyList<TrainingSummary> Items, int Page, int PageSize, int Total, string Period, bool TrainingIssued,
    string? Warning);
public sealed record ReadReceipt(Guid TrainingId, Guid SupervisorId, DateTimeOffset ReadAt);
public sealed record TrainingDetail(Guid Id, string Period, string Title, string Material, DateOnly? HeldOn, DateTimeOffset IssuedAt,
    int Recipients, IReadOnlyList<Guid> AttendedSupervisorIds, IReadOnlyList<ReadReceipt> ReadBy);
public sealed record TrainingIssued(Guid Id, string Period, string Title, DateOnly? HeldOn, int Recipients);
public sealed record TrainingRequest(string? Title, string? Material, DateOnly? HeldOn);

public sealed record TaskResult(Guid SupervisorId, string Result, DateTimeOffset SubmittedAt);
public sealed record SupervisionTask(Guid Id, string Kind, string Title, string Description, DateOnly? DueOn,
    IReadOnlyList<Guid> AssignedSupervisorIds, IReadOnlyList<TaskResult> Results, DateTimeOffset AssignedAt, Guid? VerifiesIssueId,
    string? VerifiesTrackingNumber);
public sealed record TaskRequest(string? Kind, string? Title, string? Description, DateOnly? DueOn, IReadOnlyList<Guid> AssignedSupervisorIds,
    string? VerifiesTrackingNumber);

/// <summary>Meetings (D2), trainings with their material and read receipts (D3), and commissioned tasks (D4).</summary>
public sealed class ActivitiesClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<YearOfMeetings>> MeetingsAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<YearOfMeetings>($"/api/roster/meetings?year={year}", cancellationToken);

    public Task<ApiResult<MeetingDetail>> MeetingAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<MeetingDetail>($"/api/roster/meetings/{id}", cancellationToken);

    public Task<ApiResult<Meeting>> ScheduleAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        PostAsync<Meeting>("/api/roster/meetings", request, cancellationToken);

    public Task<ApiResult<Meeting>> RecordAttendanceAsync(Guid id, IReadOnlyList<Guid> supervisorIds, CancellationToken cancellationToken) =>
        PostAsync<Meeting>($"/api/roster/meetings/{id}/attendance", new { supervisorIds }, cancellationToken);

    public Task<ApiResult<MeetingDetail>> RecordMinutesAsync(Guid id, MinutesRequest request, CancellationToken cancellationToken) =>
        PostAsync<MeetingDetail>($"/api/roster/meetings/{id}/minutes", request, cancellationToken);

    public Task<ApiResult<TrainingList>> TrainingsAsync(string? period, int page, CancellationToken cancellationToken) =>
        GetAsync<TrainingList>($"/api/roster/trainings?page={page}&pageSize=20{(period is null ? "" : $"&period={period}")}", cancellationToken);

    public Task<ApiResult<TrainingDetail>> TrainingAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<TrainingDetail>($"/api/roster/trainings/{id}", cancellationToken);

    public Task<ApiResult<TrainingIssued>> IssueTrainingAsync(TrainingRequest request, CancellationToken cancellationToken) =>
        PostAsync<TrainingIssued>("/api/roster/trainings", request, cancellationToken);

    public Task<ApiResult<ReadReceipt>> MarkReadAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<ReadReceipt>($"/api/roster/trainings/{id}/read", null, cancellationToken);

    public Task<ApiResult<Paged<SupervisionTask>>> TasksAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<SupervisionTask>>($"/api/roster/tasks?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<SupervisionTask>> TaskAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<SupervisionTask>($"/api/roster/tasks/{id}", cancellationToken);

    public Task<ApiResult<SupervisionTask>> AssignAsync(TaskRequest request, CancellationToken cancellationToken) =>
        PostAsync<SupervisionTask>("/api/roster/tasks", request, cancellationToken);

    public Task<ApiResult<SupervisionTask>> ReportResultAsync(Guid id, string? result, CancellationToken cancellationToken) =>
        PostAsync<SupervisionTask>($"/api/roster/tasks/{id}/result", new { result }, cancellationToken);
}
