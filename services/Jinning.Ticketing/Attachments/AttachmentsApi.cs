using System.Security.Claims;
using System.Security.Cryptography;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using Jinning.Ticketing.Issues;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Attachments;

/// <summary>
/// Attachments (T1, T4): the reporter and the office attach material to an issue, the lead unit its
/// evidence; whoever may see the issue may download them. Size and type are checked on the bytes.
/// </summary>
public static class AttachmentsApi
{
    public sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedByRole);

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var attachments = app.MapGroup("/api/ticketing/issues/{id:guid}/attachments").WithTags("Attachments");
        attachments.MapPost("/", Upload).WithName("UploadAttachment").WithSummary("上传附件（图片、PDF、Word、Excel、视频，单个不超过 10 MB）")
            .RequireRoles(Roles.Supervisor, Roles.Office, Roles.Department).DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachmentTypes.MaxSize + 64 * 1024));
        attachments.MapGet("/", List).WithName("ListAttachments").WithSummary("附件列表").RequireRoles(Roles.All);
        attachments.MapGet("/{attachmentId:guid}", Download).WithName("DownloadAttachment").WithSummary("下载附件").RequireRoles(Roles.All);
        return app;
    }

    public static async Task<Results<Created<AttachmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Upload(
        Guid id, IFormFile? file, ClaimsPrincipal user, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return InputProblems.Invalid("file", "请选择要上传的文件（表单字段 file）。");
        }
        if (file.Length > AttachmentTypes.MaxSize)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "附件过大", detail: "单个附件不超过 10 MB。",
                type: "https://jinning.gov.cn/problems/attachment-too-large");
        }
        var issue = await db.Issues.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return TypedResults.NotFound();
        }
        if (user.IsInRole(Roles.Department) && user.DepartmentCode() != issue.Assignment.DepartmentCode)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "只有牵头单位可以上传整改佐证", type: "https://jinning.gov.cn/problems/lead-unit-only");
        }
        if (await db.Attachments.CountAsync(a => a.IssueId == id, cancellationToken) >= AttachmentTypes.MaxPerIssue)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "附件数量已达上限", detail: $"每件问题最多 {AttachmentTypes.MaxPerIssue} 个附件。",
                type: "https://jinning.gov.cn/problems/too-many-attachments");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var fileName = Path.GetFileName(file.FileName);
        var contentType = AttachmentTypes.Recognise(fileName, content.AsSpan(0, Math.Min(content.Length, 16)));
        if (contentType is null || fileName.Length > 200)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的附件类型",
                detail: $"只接受 {AttachmentTypes.Allowed} 文件，且文件内容须与扩展名相符；文件名不超过 200 字。", type: "https://jinning.gov.cn/problems/attachment-type");
        }

        var now = time.GetUtcNow();
        var attachment = new IssueAttachment
        {
            Id = NewId.NextGuid(), IssueId = id, FileName = fileName, ContentType = contentType, Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), Content = content,
            UploadedBy = user.Identity?.Name ?? "unknown", UploadedByRole = user.FindFirst("role")?.Value ?? "unknown", UploadedAt = now,
        };
        db.Attachments.Add(attachment);
        db.Record(issue, user, IssueAction.Attach, issue.Status, $"上传附件 {fileName}（{content.Length} 字节，SHA-256 {attachment.Sha256[..12]}…）",
            now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/ticketing/issues/{id}/attachments/{attachment.Id}", Respond(attachment));
    }

    public static async Task<Results<Ok<List<AttachmentResponse>>, NotFound>> List(Guid id, ClaimsPrincipal user, TicketingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Issues.VisibleTo(user).AnyAsync(i => i.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.IssueId == id).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentResponse(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedByRole))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(attachments);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, Guid attachmentId, ClaimsPrincipal user, TicketingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Issues.VisibleTo(user).AnyAsync(i => i.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.IssueId == id, cancellationToken);
        return attachment is null ? TypedResults.NotFound() : TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    private static AttachmentResponse Respond(IssueAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedByRole);
}
