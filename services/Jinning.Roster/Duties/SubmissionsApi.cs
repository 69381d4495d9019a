using System.Text.RegularExpressions;
using Jinning.Roster.Supervisors;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.ServiceDefaults.Files;
using Jinning.Reference;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.Duties;

/// <summary>
/// Handed-in work is read (D5): the office and the author read a submission with its attachments;
/// the office adopts the suggestion and forwards it to departments, and sees the issues opened there.
/// </summary>
public static partial class SubmissionsApi
{
    public const int MaxDepartmentsPerForward = 16;

    public sealed record AttachmentEntry(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);
    public sealed record Adoption(bool Adopted, DateTimeOffset? AdoptedAt, string? AdoptedBy, string? Note);
    public sealed record ForwardingEntry(string DepartmentCode, string DepartmentName, DateTimeOffset ForwardedAt, string? Note,
        Guid? IssueId, string? TrackingNumber, DateTimeOffset? OpenedAt);
    public sealed record SubmissionView(Guid Id, string Period, Guid SupervisorId, string SupervisorName, string CertificateNumber,
        DutyStatus Status, DateTimeOffset SubmittedAt, bool Late, string Ledger, string SuggestionTitle, string Suggestion,
        IReadOnlyList<AttachmentEntry> Attachments, Adoption Adoption, IReadOnlyList<ForwardingEntry> ForwardedTo);
    public sealed record AdoptRequest(string? Note);
    public sealed record ForwardRequest(IReadOnlyList<string?>? DepartmentCodes, string? Note);

    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var submission = app.MapGroup("/api/roster/duties/half-years/{period}/submissions/{id:guid}").WithTags("Duties");
        submission.MapGet("/", Get).WithName("GetHalfYearSubmission").WithSummary("查看半年度台账与建议书、附件、采纳和转送情况（办公室；本人）(D5)")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        submission.MapPost("/adopt", Adopt).WithName("AdoptSuggestion").WithSummary("建议书被采纳 (D1, R7)").RequireRoles(Roles.Office);
        submission.MapPost("/forward", Forward).WithName("ForwardSuggestion")
            .WithSummary("把建议书转送责任单位：每个单位在问题系统中收到一件“建议”类问题（转办），此处列出其编号 (D5)")
            .RequireRoles(Roles.Office).ProducesProblem(StatusCodes.Status409Conflict);
        submission.MapPost("/attachments", Upload).WithName("UploadSubmissionAttachment")
            .WithSummary("为半年度报送上传附件（图片、PDF、Word、Excel、视频，单个不超过 10 MB）（本人）")
            .RequireRoles(Roles.Supervisor).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(UploadedFileTypes.MaxSize + 64 * 1024))
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        submission.MapGet("/attachments/{attachmentId:guid}", Download).WithName("DownloadSubmissionAttachment").WithSummary("下载附件（办公室；本人）")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        return app;
    }

    /// <summary>The office and the author read it; for any other supervisor it does not exist.</summary>
    public static async Task<Results<Ok<SubmissionView>, NotFound, ValidationProblem>> Get(
        string period, Guid id, [AsParameters] RosterServices services)
    {
        if (!HalfYear.TryParse(period, out var half))
        {
            return DutiesApi.InvalidPeriod(period);
        }
        var submission = await FindAsync(services, half.Value, id, tracked: false);
        if (submission is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await ViewAsync(services, half.Value, submission));
    }

    public static async Task<Results<Ok<DutiesApi.SubmissionResponse>, NotFound, ValidationProblem>> Adopt(
        string period, Guid id, AdoptRequest? request, [AsParameters] RosterServices services)
    {
        if (!HalfYear.TryParse(period, out var half))
        {
            return DutiesApi.InvalidPeriod(period);
        }
        var errors = new Dictionary<string, string[]>();
        var note = InputText.Optional(errors, "note", request?.Note, 2000, "采纳意见");
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var submission = await FindAsync(services, half.Value, id, tracked: true);
        if (submission is null)
        {
            return TypedResults.NotFound();
        }
        submission.Adopt(note, services.Actor, services.Time.GetUtcNow());
        await services.SaveAsync();
        return TypedResults.Ok(new DutiesApi.SubmissionResponse(submission.Id, submission.Period,
            HalfYearObligation.StatusOf(half.Value, submission.SubmittedOn, submission.SubmittedOn), submission.SubmittedAt));
    }

    public static async Task<Results<Ok<SubmissionView>, NotFound, ValidationProblem>> Forward(
        string period, Guid id, ForwardRequest request, [AsParameters] RosterServices services)
    {
        if (!HalfYear.TryParse(period, out var half))
        {
            return DutiesApi.InvalidPeriod(period);
        }
        var errors = new Dictionary<string, string[]>();
        var codes = ParseDepartmentCodes(errors, request.DepartmentCodes);
        var note = InputText.Optional(errors, "note", request.Note, 2000, "转送说明");
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        var submission = await FindAsync(services, half.Value, id, tracked: true);
        if (submission is null)
        {
            return TypedResults.NotFound();
        }
        var already = await services.Db.SuggestionForwardings.Where(f => f.SubmissionId == id).Select(f => f.DepartmentCode)
            .ToListAsync(services.CancellationToken);

        services.Db.SuggestionForwardings.AddRange(submission.Forward(codes, already, note, services.Actor, services.Time.GetUtcNow()));
        await services.SaveAsync();
        return TypedResults.Ok(await ViewAsync(services, half.Value, submission));
    }

    /// <summary>
    /// Only the author adds files to their work, with the platform's upload rules (type checked on the bytes, 415; over 10 MB, 413).
    /// </summary>
    public static async Task<Results<Created<AttachmentEntry>, NotFound, ValidationProblem, ProblemHttpResult>> Upload(
        string period, Guid id, IFormFile? file, [AsParameters] RosterServices services)
    {
        if (!HalfYear.TryParse(period, out var half))
        {
            return DutiesApi.InvalidPeriod(period);
        }
        var submission = await FindAsync(services, half.Value, id, tracked: false);
        if (submission is null || !services.User.Is(submission.SupervisorId))
        {
            return TypedResults.NotFound();
        }
        var attached = await services.Db.SubmissionAttachments.CountAsync(a => a.SubmissionId == id, services.CancellationToken);
        if (attached >= SubmissionAttachment.MaxPerSubmission)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "附件数量已达上限",
                detail: $"每份半年度报送最多 {SubmissionAttachment.MaxPerSubmission} 个附件。",
                type: "https://jinning.gov.cn/problems/too-many-attachments");
        }
        var (upload, problem) = await UploadedFile.ReadAsync(file, services.CancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        var attachment = new SubmissionAttachment
        {
            Id = NewId.NextGuid(), SubmissionId = id, FileName = upload.FileName, ContentType = upload.ContentType,
            Size = upload.Content.Length,
            Sha256 = upload.Sha256, Content = upload.Content, UploadedAt = services.Time.GetUtcNow(),
        };
        services.Db.SubmissionAttachments.Add(attachment);
        await services.SaveAsync();
        return TypedResults.Created($"/api/roster/duties/half-years/{half}/submissions/{id}/attachments/{attachment.Id}",
            ToEntry(attachment));
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Download(
        string period, Guid id, Guid attachmentId, [AsParameters] RosterServices services)
    {
        if (!HalfYear.TryParse(period, out var half))
        {
            return DutiesApi.InvalidPeriod(period);
        }
        if (await FindAsync(services, half.Value, id, tracked: false) is null)
        {
            return TypedResults.NotFound();
        }
        var attachment = await services.Db.SubmissionAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.SubmissionId == id, services.CancellationToken);
        return attachment is null ? TypedResults.NotFound() : TypedResults.File(attachment.Content, attachment.ContentType,
            attachment.FileName);
    }

    private static async Task<HalfYearSubmission?> FindAsync(RosterServices services, HalfYear period, Guid id, bool tracked)
    {
        var query = tracked ? services.Db.HalfYearSubmissions : services.Db.HalfYearSubmissions.AsNoTracking();
        var submission = await query.FirstOrDefaultAsync(s => s.Id == id && s.Period == period.ToString(), services.CancellationToken);
        return submission is not null && services.User.MaySee(submission.SupervisorId) ? submission : null;
    }

    private static async Task<SubmissionView> ViewAsync(RosterServices services, HalfYear period, HalfYearSubmission s)
    {
        var cancellationToken = services.CancellationToken;
        var author = await services.Db.Supervisors.AsNoTracking().Where(x => x.Id == s.SupervisorId)
            .Select(x => new { x.Name, x.CertificateNumber }).FirstAsync(cancellationToken);
        var attachments = await services.Db.SubmissionAttachments.AsNoTracking().Where(a => a.SubmissionId == s.Id)
            .OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentEntry(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt))
            .ToListAsync(cancellationToken);
        var forwardings = await services.Db.SuggestionForwardings.AsNoTracking().Where(f => f.SubmissionId == s.Id)
            .OrderBy(f => f.ForwardedAt).ThenBy(f => f.DepartmentCode).ToListAsync(cancellationToken);
        var today = DistrictClock.Today(services.Time.GetUtcNow());
        return new SubmissionView(s.Id, s.Period, s.SupervisorId, author.Name, author.CertificateNumber,
            HalfYearObligation.StatusOf(period, s.SubmittedOn, today),
            s.SubmittedAt, s.Late, s.Ledger, s.SuggestionTitle, s.Suggestion, attachments,
            new Adoption(s.AdoptedAt is not null, s.AdoptedAt, s.AdoptedBy, s.AdoptionNote),
            forwardings.Select(f => new ForwardingEntry(f.DepartmentCode,
                DistrictReference.Departments.GetValueOrDefault(f.DepartmentCode, f.DepartmentCode),
                f.ForwardedAt, f.Note, f.IssueId, f.TrackingNumber, f.OpenedAt)).ToList());
    }

    /// <summary>
    /// Department codes as ticketing names them. The list the office edits lives in ticketing, so a
    /// well-formed code is accepted here; the console offers the codes from ticketing's list.
    /// </summary>
    private static List<string> ParseDepartmentCodes(Dictionary<string, string[]> errors, IReadOnlyList<string?>? input)
    {
        var codes = (input ?? []).ToList();
        if (codes.Count is 0 or > MaxDepartmentsPerForward)
        {
            errors["departmentCodes"] = [$"须选择 1 至 {MaxDepartmentsPerForward} 个责任单位。"];
            return [];
        }
        if (codes.Any(code => code is null || !DepartmentCode().IsMatch(code)))
        {
            errors["departmentCodes"] = ["责任单位代码无效（小写字母、数字和连字符，如 market-regulation）。"];
            return [];
        }
        if (codes.Distinct().Count() != codes.Count)
        {
            errors["departmentCodes"] = ["责任单位不能重复。"];
            return [];
        }
        return codes.Select(code => code!).ToList();
    }

    private static AttachmentEntry ToEntry(SubmissionAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt);

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,39}\z")]
    private static partial Regex DepartmentCode();
}
