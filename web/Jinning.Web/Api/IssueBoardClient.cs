namespace Jinning.Web.Api;

/// <summary>
/// A list of issues narrowed as the API allows (status, state, type, category, lead unit, major, overdue, tracking number or
/// title) and sorted (<c>deadline</c>, <c>-deadline</c>, or newest first).
/// </summary>
public sealed record IssueFilter(
    string? Status = null, string? State = null, string? Type = null, string? Category = null, string? DepartmentCode = null,
    bool? Major = null, bool? Overdue = null, string? Q = null, string? Sort = null, int Page = 1, int PageSize = 20)
{
    public string ToQueryString()
    {
        var parameters = new Dictionary<string, string?>
        {
            ["status"] = Status, ["state"] = State, ["type"] = Type, ["category"] = Category, ["departmentCode"] = DepartmentCode,
            ["major"] = Flag(Major), ["overdue"] = Flag(Overdue), ["q"] = Q?.Trim(), ["sort"] = Sort,
            ["page"] = Page.ToString(), ["pageSize"] = PageSize.ToString(),
        };
        return string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }

    private static string? Flag(bool? value) => value switch { true => "true", false => "false", null => null };
}

/// <summary>The issue lists of the office's board, the department's and the discipline commission's (T8).</summary>
public sealed class IssueBoardClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<IssueView>>> ListAsync(IssueFilter filter, CancellationToken cancellationToken) =>
        GetAsync<Paged<IssueView>>($"/api/ticketing/issues?{filter.ToQueryString()}", cancellationToken);
}
