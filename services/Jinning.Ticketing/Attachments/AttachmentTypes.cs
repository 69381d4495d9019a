using Jinning.ServiceDefaults.Files;

namespace Jinning.Ticketing.Attachments;

/// <summary>The platform's upload rules (<see cref="UploadedFileTypes"/>) as they apply to an issue's attachments.</summary>
public static class AttachmentTypes
{
    public const long MaxSize = UploadedFileTypes.MaxSize;
    public const int MaxPerIssue = 20;

    public static string Allowed => UploadedFileTypes.Allowed;

    /// <summary>The content type to store and serve, or null when name and content are not one of the allowed types.</summary>
    public static string? Recognise(string fileName, ReadOnlySpan<byte> head) => UploadedFileTypes.Recognise(fileName, head);
}
