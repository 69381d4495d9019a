using System.Net;

namespace Jinning.DemoData.Gateway;

/// <summary>The gateway's <c>/health</c> answers 200 only once every service behind it is healthy.</summary>
public sealed class PlatformHealth(HttpClient http, ProgressLog log)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var told = false;
        while (await StatusAsync(cancellationToken) != HttpStatusCode.OK)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new DemoLoadException($"平台在 {timeout.TotalMinutes:0.#} 分钟内未就绪：{http.BaseAddress}health 未返回 200。");
            }
            if (!told)
            {
                log.Stage($"等待平台就绪（{http.BaseAddress}health）……");
                told = true;
            }
            await Task.Delay(Poll, cancellationToken);
        }
    }

    private async Task<HttpStatusCode?> StatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("/health", cancellationToken);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
