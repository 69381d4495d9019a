namespace Jinning.Web.Api;

public sealed record DownloadedFile(byte[] Content, string ContentType, string FileName);
