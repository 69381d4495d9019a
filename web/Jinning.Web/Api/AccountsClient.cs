namespace Jinning.Web.Api;

public sealed record AccountView(
    Guid Id, string UserName, string DisplayName, string Role, string? UnitCode, string? DepartmentCode, Guid? SupervisorId,
    bool Disabled, string? DisabledReason, bool LockedOut, bool Activated, DateTimeOffset CreatedAt);

public sealed record CreateAccountRequest(string? UserName, string? DisplayName, string? Role, string? UnitCode, string? DepartmentCode,
    string? Password);

/// <summary>Sign-ins the office manages: list by role, add, disable (its tokens revoked at once), enable, reset a password.</summary>
public sealed class AccountsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<Paged<AccountView>>> ListAsync(string? role, int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<Paged<AccountView>>(
            $"/api/identity/accounts?page={page}&pageSize={pageSize}{(role is null ? "" : $"&role={Uri.EscapeDataString(role)}")}",
            cancellationToken);

    public Task<ApiResult<AccountView>> CreateAsync(CreateAccountRequest request, CancellationToken cancellationToken) =>
        PostAsync<AccountView>("/api/identity/accounts", request, cancellationToken);

    public Task<ApiResult<AccountView>> DisableAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        PostAsync<AccountView>($"/api/identity/accounts/{id}/disable", new { reason }, cancellationToken);

    public Task<ApiResult<AccountView>> EnableAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync<AccountView>($"/api/identity/accounts/{id}/enable", null, cancellationToken);

    public Task<ApiResult<AccountView>> ResetPasswordAsync(Guid id, string password, CancellationToken cancellationToken) =>
        PostAsync<AccountView>($"/api/identity/accounts/{id}/reset-password", new { password }, cancellationToken);
}
