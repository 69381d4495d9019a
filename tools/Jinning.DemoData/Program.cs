using System.Runtime.InteropServices;
using Jinning.DemoData;
using Jinning.DemoData.Gateway;

if (!DemoOptions.TryParse(args, out var options, out var problem))
{
    if (problem is not null)
    {
        Console.Error.WriteLine(problem);
    }
    Console.Error.WriteLine(DemoOptions.Usage);
    return problem is null ? 0 : 2;
}

// Ctrl-C and SIGTERM (./run.sh stopping) end the load at the next request, not in the middle of nowhere.
using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

using var gateway = new HttpClient { BaseAddress = options.Gateway, Timeout = TimeSpan.FromSeconds(60) };
try
{
    var result = await new DemoLoader(gateway, options, Console.Out, TimeProvider.System).RunAsync(stop.Token);
    DemoReport.Print(result, options.Gateway, Console.Out);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("[演示数据] 已中止。");
    return 130;
}
catch (Exception exception) when (exception is DemoLoadException or HttpRequestException)
{
    Console.Error.WriteLine($"[演示数据] 载入失败：{exception.Message}");
    Console.Error.WriteLine("[演示数据] 已载入的部分保留在平台中；如需重来：./run.sh --reset --demo");
    return 1;
}

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
