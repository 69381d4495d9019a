namespace Jinning.Web.Api;

public sealed record PublicSupervisor(string Name, string CertificateNumber, string Background, string NominatingUnit,
    string NominatingUnitName, DateOnly TermStart, DateOnly TermEnd, string? Status = null);
public sealed record CertificateCheck(string CertificateNumber, string Name, string Status, DateOnly TermStart, DateOnly TermEnd);
public sealed record PublicCase(Guid Id, string Title, string Summary, string Category, string? DepartmentCode, DateTimeOffset ExposedAt);
public sealed record PublicNotice(Guid Id, string TrackingNumber, string DepartmentCode, string DepartmentName, string Category,
    DateTimeOffset FirstMissedDeadline, int LateWorkingDays, int LateDays, string Text, DateTimeOffset PublishedAt);
public sealed record Contact(string Hotline, string Mailbox, string Office);
public sealed record ComplaintRequest(string? Title, string? Description, string? Category, string? Place, string? InvolvedUnit,
    string? ContactName, string? ContactPhone);
public sealed record ComplaintReceipt(string TrackingNumber, string? Message, string? QueryCode);
public sealed record ComplaintTimelineEntry(DateTimeOffset At, string? Status, string? Text);
public sealed record ComplaintProgress(string TrackingNumber, string Status, string State, string? Outcome,
    IReadOnlyList<ComplaintTimelineEntry> Timeline, string? Feedback);

/// <summary>What anyone may read and file without signing in (P4, T1).</summary>
public sealed class PublicClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<List<PublicSupervisor>>> RosterAsync(CancellationToken cancellationToken) =>
        GetAsync<List<PublicSupervisor>>("/api/public/roster", cancellationToken);

    public Task<ApiResult<List<PublicSupervisor>>> RosterOfYearAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<List<PublicSupervisor>>($"/api/public/roster/{year}", cancellationToken);

    public Task<ApiResult<CertificateCheck>> CertificateAsync(string number, CancellationToken cancellationToken) =>
        GetAsync<CertificateCheck>($"/api/public/certificates/{Uri.EscapeDataString(number)}", cancellationToken);

    public Task<ApiResult<Paged<PublicCase>>> CasesAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<PublicCase>>($"/api/public/cases?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<Paged<PublicNotice>>> NoticesAsync(int page, CancellationToken cancellationToken) =>
        GetAsync<Paged<PublicNotice>>($"/api/public/notices?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<Contact>> ContactAsync(CancellationToken cancellationToken) =>
        GetAsync<Contact>("/api/public/contact", cancellationToken);

    public Task<ApiResult<ComplaintProgress>> TrackComplaintAsync(string trackingNumber, string code, CancellationToken cancellationToken) =>
        GetAsync<ComplaintProgress>(
            $"/api/public/complaints/{Uri.EscapeDataString(trackingNumber)}?code={Uri.EscapeDataString(code)}", cancellationToken);

    public Task<ApiResult<ComplaintReceipt>> FileComplaintAsync(ComplaintRequest request, CancellationToken cancellationToken) =>
        PostAsync<ComplaintReceipt>("/api/public/complaints", request, cancellationToken);
}
