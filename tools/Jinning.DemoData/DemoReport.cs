using Jinning.DemoData.Gateway;
using Jinning.DemoData.Roster;

namespace Jinning.DemoData;

/// <summary>The short summary and the accounts to sign in with, printed once the load is done (or skipped).</summary>
public static class DemoReport
{
    private static readonly string[] StatusOrder =
    [
        "registered", "researching", "dispatched", "signed-for", "in-progress", "waiting-for-material", "returned",
        "rectified", "reviewed", "feedback-given", "reopened", "closed", "merged",
    ];

    public static void Print(DemoResult result, Uri gateway, TextWriter output)
    {
        var console = new Uri(gateway, "/login");
        output.WriteLine();
        output.WriteLine("==============================================================");
        if (result.Loaded)
        {
            PrintLoaded(result, output);
        }
        else
        {
            output.WriteLine($" 平台中已有数据（推荐人选 {result.Before.Nominations} 名、问题 {result.Before.Issues} 件），未重复加载演示数据。");
            output.WriteLine(" 如需从空系统重新演示：./run.sh --reset --demo");
        }
        output.WriteLine();
        output.WriteLine($" 演示账号（网页控制台 {console}，或 POST {new Uri(gateway, "/connect/token")}）");
        output.WriteLine($"  区营商环境办   office                    {SignIns.SeededPassword}");
        output.WriteLine($"  责任单位       dept.market-regulation    {SignIns.SeededPassword}（区市场监督管理局）");
        if (FeaturedSupervisor(result) is var (name, certificate))
        {
            output.WriteLine($"  监督员 {name}  {certificate,-24}  {Cast.Password}{(result.Loaded ? "" : "（若为先前载入的演示数据）")}");
        }
        if (result.AwaitingActivation is { } newcomer)
        {
            output.WriteLine($"  待激活监督员   {newcomer.CertificateNumber}，激活码 {newcomer.ActivationCode}（在 /activate 体验首次激活）");
        }
        output.WriteLine("  其他：discipline（区纪委区监委）、nominator.<推荐单位代码>、dept.<部门代码>，密码均为 " + SignIns.SeededPassword);
        output.WriteLine("==============================================================");
        output.WriteLine();
    }

    private static void PrintLoaded(DemoResult result, TextWriter output)
    {
        var perUnit = result.Supervisors.GroupBy(s => s.UnitCode).Select(g => g.Count()).ToList();
        var spread = perUnit.Distinct().Count() == 1 ? $"{perUnit.Count} 个推荐单位各 {perUnit[0]} 名" : $"来自 {perUnit.Count} 个推荐单位";
        var meetings = result.Supervisors.Select(s => s.AppointedOn).Distinct().Count();
        var pipeline = result.Candidates.Where(c => c.Fate is not Fate.Appointed).GroupBy(c => Stage(c.Fate))
            .Select(g => $"{g.Key} {g.Count()}");
        var statuses = result.Issues.GroupBy(i => i.Status).OrderBy(g => Array.IndexOf(StatusOrder, g.Key))
            .Select(g => $"{Label(g.Key)} {g.Count()}");

        output.WriteLine(" 演示数据已载入");
        output.WriteLine($"  监督员 {result.Supervisors.Count} 名（{spread}，分 {meetings} 批聘任）；在途推荐人选：{string.Join("、", pipeline)}");
        output.WriteLine($"  问题 {result.Issues.Count} 件（日期均为今天）：{string.Join("、", statuses)}");
        output.WriteLine($"  半年度台账与建议书 {result.HandIns} 份；会议 {result.Meetings} 次；培训 {result.Trainings} 次；"
            + $"受托任务 {result.Tasks} 项；评优 {result.Awards} 项");
        if (result.DueSoon is { Count: > 0 } dueSoon)
        {
            output.WriteLine($"  逾期演示：{string.Join("、", dueSoon.Select(i => i.TrackingNumber))} 的办理时限设在几分钟后且无人办结；"
                + "平台时钟每 5 分钟巡检一次，约 10 分钟内会自动标记逾期并升级为督办（催签、催办和逾期通知随之送达）。");
        }
    }

    /// <summary>The one this run appointed, or, when nothing was loaded, the first on the public roster.</summary>
    private static (string Name, string Certificate)? FeaturedSupervisor(DemoResult result) => result switch
    {
        { Featured: { } appointed } => (appointed.Name, appointed.CertificateNumber),
        { Before.FirstServing: { } serving } => (serving.Name, serving.CertificateNumber),
        _ => null,
    };

    private static string Stage(Fate fate) => fate switch
    {
        Fate.Nominated => "待审核",
        Fate.Vetted => "已审核待审定",
        Fate.Approved => "已审定待聘任",
        Fate.Disqualified => "不得聘任",
        _ => "未通过",
    };

    public static string Label(string status) => status switch
    {
        "registered" => "已受理",
        "researching" => "研究中",
        "dispatched" => "已转办",
        "signed-for" => "已签收",
        "in-progress" => "办理中",
        "waiting-for-material" => "待补充材料",
        "returned" => "已退单",
        "rectified" => "已整改",
        "reviewed" => "已审核",
        "feedback-given" => "已反馈",
        "reopened" => "重办",
        "closed" => "已办结",
        "merged" => "已合并",
        _ => status,
    };
}
