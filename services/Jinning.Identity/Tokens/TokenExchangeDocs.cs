using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Jinning.Identity.Tokens;

/// <summary>
/// What <c>POST /connect/token</c> reads and answers, for the OpenAPI document only: OpenIddict parses the form itself,
/// so these records describe the exchange to frontends and department systems without taking part in it.
/// </summary>
public static class TokenExchangeDocs
{
    [Description("表单（application/x-www-form-urlencoded）")]
    public sealed record Request(
        [property: JsonPropertyName("grant_type")]
        [property: Description("password（用户名密码）、client_credentials（单位系统）、refresh_token 或 authorization_code（网页控制台）")]
        string GrantType,
        [property: JsonPropertyName("username")] string? Username,
        [property: JsonPropertyName("password")] string? Password,
        [property: JsonPropertyName("client_id")][property: Description("单位系统的客户端编号（dept.<单位代码>）")] string? ClientId,
        [property: JsonPropertyName("client_secret")] string? ClientSecret,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("scope")][property: Description("空格分隔，例如 \"api offline_access\"")] string? Scope);

    public sealed record Granted(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken);

    [Description("OAuth 2.0 错误（RFC 6749 第 5.2 节），error_description 为中文")]
    public sealed record Refused(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
