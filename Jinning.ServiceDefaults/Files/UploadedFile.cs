using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jinning.ServiceDefaults.Files;

/// <summary>An upload that passed the platform's rules (<see cref="UploadedFileTypes"/>): its bytes, type and hash.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content, string Sha256)
{
    /// <summary>
    /// Reads the multipart field into memory and checks it: present (400), at most 10 MB (413), an
    /// allowed type whose bytes match its name (415). Returns the file, or the problem to answer.
    /// </summary>
    public static async Task<(UploadedFile? File, ProblemHttpResult? Problem)> ReadAsync(IFormFile? file,
        CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, TypedResults.Problem(new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["file"] = ["请选择要上传的文件（表单字段 file）。"],
            })
            { Title = InputProblems.Title, Status = StatusCodes.Status400BadRequest }));
        }
        if (file.Length > UploadedFileTypes.MaxSize)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "附件过大", detail: "单个附件不超过 10 MB。",
                type: "https://jinning.gov.cn/problems/attachment-too-large"));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var fileName = Path.GetFileName(file.FileName);
        var contentType = UploadedFileTypes.Recognise(fileName, content.AsSpan(0, Math.Min(content.Length, UploadedFileTypes.HeadLength)));
        if (contentType is null || fileName.Length > UploadedFileTypes.MaxFileNameLength || InputText.HasControlCharacters(fileName))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的附件类型",
                detail: $"只接受 {UploadedFileTypes.Allowed} 文件，且文件内容须与扩展名相符；文件名不超过 {UploadedFileTypes.MaxFileNameLength} 字。",
                type: "https://jinning.gov.cn/problems/attachment-type"));
        }
        return (new UploadedFile(fileName, contentType, content, Convert.ToHexStringLower(SHA256.HashData(content))), null);
    }
}
