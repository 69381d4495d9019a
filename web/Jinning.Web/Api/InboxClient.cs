namespace Jinning.Web.Api;

public sealed record InboxItem(Guid Id, string Kind, string Title, string Body, Guid? SubjectId, bool Urgent, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Page, int PageSize, int Total, int Unread);

/// <summary>The signed-in person's notices (N1).</summary>
public sealed class InboxClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<InboxPage>> PageAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<InboxPage>($"/api/notifications/inbox?page={page}&pageSize={pageSize}", cancellationToken);

    public Task<ApiResult> MarkReadAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync($"/api/notifications/inbox/{id}/read", null, cancellationToken);
}
