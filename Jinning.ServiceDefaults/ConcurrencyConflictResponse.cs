using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Jinning.ServiceDefaults;

/// <summary>
/// Every route that changes something may lose an optimistic-concurrency race and answer 409
/// (<see cref="ConcurrencyConflict"/>); the OpenAPI document says so on each such operation, once, in one place, rather
/// than on every route group. An operation that already declares 409 (an illegal transition) keeps its own declaration.
/// </summary>
public static class ConcurrencyConflictResponse
{
    private const string Description =
        "Conflict: an illegal transition, or the record was changed by someone else meanwhile (problem type …/concurrency-conflict); "
        + "nothing was changed.";

    public static Task Declare(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        if (context.Description.HttpMethod is not ("POST" or "PUT" or "PATCH" or "DELETE")
            || context.Description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Task.CompletedTask;
        }
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("409"))
        {
            var problemContent = operation.Responses.Values.OfType<OpenApiResponse>()
                .FirstOrDefault(r => r.Content?.ContainsKey("application/problem+json") == true)?.Content;
            operation.Responses["409"] = new OpenApiResponse
            {
                Description = Description,
                Content = problemContent is null ? null : new Dictionary<string, OpenApiMediaType>(problemContent),
            };
        }
        return Task.CompletedTask;
    }
}
