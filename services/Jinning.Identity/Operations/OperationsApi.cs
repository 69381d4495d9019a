using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Identity.Operations;

/// <summary>
/// The office's operations area: what waits in the broker's <c>_error</c> queues and moving it back for another try.
/// It sits in identity because identity alone holds the broker's management address.
/// </summary>
public static class OperationsApi
{
    public sealed record ErrorQueueList(IReadOnlyList<ErrorQueues.ErrorQueue> Queues, long Total);

    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup("/api/operations/error-queues").WithTags("Operations").RequireRoles(Roles.Office);
        queues.MapGet("/", List).WithName("ListErrorQueues").WithSummary("死信队列（_error）及其中的消息");
        queues.MapPost("/{queue}/retry", RetryAll).WithName("RetryErrorQueue")
            .WithSummary("把死信队列中的全部消息移回原队列重试");
        queues.MapPost("/{queue}/messages/{messageId}/retry", RetryOne).WithName("RetryErrorMessage")
            .WithSummary("把死信队列中的一条消息移回原队列重试");
        return app;
    }

    public static async Task<Results<Ok<ErrorQueueList>, ProblemHttpResult>> List(
        ErrorQueues errorQueues, CancellationToken cancellationToken)
    {
        if (!errorQueues.Configured)
        {
            return NotConfigured();
        }
        var queues = await errorQueues.ListAsync(cancellationToken);
        return TypedResults.Ok(new ErrorQueueList(queues, queues.Sum(q => q.Count)));
    }

    public static async Task<Results<Ok<ErrorQueues.MoveResult>, ProblemHttpResult>> RetryAll(
        string queue, ErrorQueues errorQueues, CancellationToken cancellationToken)
    {
        if (!errorQueues.Configured)
        {
            return NotConfigured();
        }
        return await errorQueues.MoveAllAsync(queue, cancellationToken) is { } moved ? TypedResults.Ok(moved) : NoSuchQueue(queue);
    }

    public static async Task<Results<Ok<ErrorQueues.MoveResult>, ProblemHttpResult>> RetryOne(
        string queue, string messageId, ErrorQueues errorQueues, CancellationToken cancellationToken)
    {
        if (!errorQueues.Configured)
        {
            return NotConfigured();
        }
        return await errorQueues.MoveOneAsync(queue, messageId, cancellationToken) switch
        {
            null => NoSuchQueue(queue),
            { Moved: 0 } => TypedResults.Problem(title: "消息不存在", detail: $"死信队列 {queue} 中没有消息 {messageId}。",
                statusCode: StatusCodes.Status404NotFound),
            var moved => TypedResults.Ok(moved),
        };
    }

    private static ProblemHttpResult NoSuchQueue(string queue) => TypedResults.Problem(title: "死信队列不存在",
        detail: $"消息代理中没有名为 {queue} 的死信队列（名称以 {ErrorQueues.Suffix} 结尾）。",
        statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NotConfigured() => TypedResults.Problem(title: "未配置消息代理管理接口",
        detail: "本服务没有 ConnectionStrings:broker-management，无法查看死信队列。",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
