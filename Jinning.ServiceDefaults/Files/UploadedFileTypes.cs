namespace Jinning.ServiceDefaults.Files;

/// <summary>
/// The file types people may upload anywhere on the platform (issue attachments, half-year work),
/// recognised by their first bytes rather than by the name or the declared content type, which the
/// uploader controls.
/// </summary>
public static class UploadedFileTypes
{
    public const long MaxSize = 10 * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Recognise"/> needs to see.</summary>
    public const int HeadLength = 16;

    public const int MaxFileNameLength = 200;

    private static readonly (string Extension, string ContentType, byte[] Magic, int Offset)[] Known =
    [
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF], 0),
        (".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF], 0),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0),
        (".pdf", "application/pdf", "%PDF-"u8.ToArray(), 0),
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04], 0),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04], 0),
        (".mp4", "video/mp4", "ftyp"u8.ToArray(), 4),
    ];

    public static string Allowed => string.Join("、", Known.Select(k => k.Extension).Distinct());

    /// <summary>The content type to store and serve, or null when name and content are not one of the allowed types.</summary>
    public static string? Recognise(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        foreach (var (known, contentType, magic, offset) in Known)
        {
            if (known == extension && head.Length >= offset + magic.Length && head.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return contentType;
            }
        }
        return null;
    }
}
