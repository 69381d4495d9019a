namespace Jinning.DemoData;

/// <summary>What the loader is told on the command line.</summary>
public sealed record DemoOptions(Uri Gateway, TimeSpan DueSoonAfter, TimeSpan HealthWait, bool Verbose)
{
    public const string Usage = """
        用法：Jinning.DemoData [--gateway http://localhost:8080] [--due-soon 00:03:00] [--wait 00:10:00] [--verbose]
          --gateway   网关地址（平台唯一的公共入口）
          --due-soon  用于演示逾期的问题，其办理时限设在多久之后（须大于 0）
          --wait      等待平台 /health 返回 200 的最长时间
          --verbose   显示每次重试等细节
        """;

    public static readonly DemoOptions Default = new(
        new Uri("http://localhost:8080"), DueSoonAfter: TimeSpan.FromMinutes(3), HealthWait: TimeSpan.FromMinutes(10), Verbose: false);

    /// <summary>False with a <paramref name="problem"/> for bad input, false without one when help was asked for.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out DemoOptions options, out string? problem)
    {
        options = Default;
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--gateway" when Uri.TryCreate(value, UriKind.Absolute, out var gateway) && gateway.Scheme is "http" or "https":
                    options = options with { Gateway = gateway };
                    i++;
                    break;
                case "--due-soon" when TimeSpan.TryParse(value, out var dueSoon) && dueSoon > TimeSpan.Zero:
                    options = options with { DueSoonAfter = dueSoon };
                    i++;
                    break;
                case "--wait" when TimeSpan.TryParse(value, out var wait) && wait >= TimeSpan.Zero:
                    options = options with { HealthWait = wait };
                    i++;
                    break;
                case "--verbose":
                    options = options with { Verbose = true };
                    break;
                case "--help" or "-h":
                    return false;
                default:
                    problem = args[i] is "--gateway" or "--due-soon" or "--wait"
                        ? $"参数 {args[i]} 的值“{value}”无效。"
                        : $"无法识别的参数“{args[i]}”。";
                    return false;
            }
        }
        return true;
    }
}
