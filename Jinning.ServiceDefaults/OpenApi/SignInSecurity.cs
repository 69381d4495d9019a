using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Jinning.ServiceDefaults.OpenApi;

/// <summary>
/// Tells the OpenAPI documents how to call the API: an OAuth 2.0 password flow against the gateway's <c>/connect/token</c>
/// (so <c>/docs</c> can fetch a token from a user name and password and try a call), a plain bearer scheme for a token
/// obtained elsewhere, and on every operation that needs a sign-in, which roles it takes and its 401 and 403 answers.
/// </summary>
public static class SignInSecurity
{
    public const string PasswordScheme = "password";
    public const string BearerScheme = "bearer";
    public const string TokenPath = "/connect/token";

    public static Task DescribeSchemes(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[PasswordScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "用户名和密码换取访问令牌（不需要 client_id）。单位系统用 client_credentials，见集成指南。",
            Flows = new OpenApiOAuthFlows
            {
                Password = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(TokenPath, UriKind.Relative),
                    Scopes = new Dictionary<string, string> { ["api"] = "调用平台 API", ["offline_access"] = "刷新令牌" },
                },
            },
        };
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "从 POST /connect/token 取得的访问令牌：Authorization: Bearer <令牌>",
        };
        return Task.CompletedTask;
    }

    public static Task DescribeRequirement(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        var authorizeData = metadata.OfType<IAuthorizeData>().ToList();
        if (policies.Count == 0 && authorizeData.Count == 0)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        foreach (var scheme in new[] { PasswordScheme, BearerScheme })
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
        }

        var roles = policies.SelectMany(policy => policy.Requirements.OfType<RolesAuthorizationRequirement>())
            .SelectMany(requirement => requirement.AllowedRoles)
            .Concat(authorizeData.SelectMany(data => (data.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .Select(role => role.Trim())
            .Distinct()
            .ToList();
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", Problem("未登录或令牌无效、已过期、已被撤销"));
        if (roles.Count > 0)
        {
            operation.Responses.TryAdd("403", Problem($"已登录，但不是以下角色：{string.Join("、", roles)}"));
            var note = $"角色：{string.Join(", ", roles)}";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? note : $"{operation.Description}\n\n{note}";
        }
        return Task.CompletedTask;
    }

    private static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
    };
}
