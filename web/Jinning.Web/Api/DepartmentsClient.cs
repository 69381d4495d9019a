namespace Jinning.Web.Api;

public sealed record DepartmentView(string Code, string Name, bool Active);

public sealed record CreateDepartmentRequest(string? Code, string? Name);

public sealed record UpdateDepartmentRequest(string? Name, bool? Active);

/// <summary>The responsible units issues are dispatched to; the office adds, renames and deactivates them.</summary>
public sealed class DepartmentsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<List<DepartmentView>>> ListAsync(CancellationToken cancellationToken) =>
        GetAsync<List<DepartmentView>>("/api/ticketing/departments", cancellationToken);

    public Task<ApiResult<DepartmentView>> CreateAsync(CreateDepartmentRequest request, CancellationToken cancellationToken) =>
        PostAsync<DepartmentView>("/api/ticketing/departments", request, cancellationToken);

    public Task<ApiResult<DepartmentView>> UpdateAsync(string code, UpdateDepartmentRequest request, CancellationToken cancellationToken) =>
        PutAsync<DepartmentView>($"/api/ticketing/departments/{Uri.EscapeDataString(code)}", request, cancellationToken);
}
