using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Web.Components.Layout;

/// <summary>What each role's area offers, in the order it is used (the first five are a phone's bottom tabs).</summary>
public static class AreaNavigation
{
    public sealed record Item(string Label, string Href, string Icon);

    public static string Title(string? role) => role switch
    {
        Roles.Office => "区营商环境办工作台",
        Roles.Supervisor => "义务监督员",
        Roles.Department => "责任单位工作台",
        Roles.Discipline => "区纪委区监委工作台",
        Roles.Nominator => "推荐单位工作台",
        _ => "晋宁区营商环境义务监督员平台",
    };

    public static IReadOnlyList<Item> For(string? role) => role switch
    {
        Roles.Supervisor =>
        [
            new("首页", "/supervisor", "home"),
            new("报告问题", "/supervisor/report", "form"),
            new("半年工作", "/supervisor/half-year", "file-done"),
            new("消息", "/supervisor/inbox", "bell"),
            new("我的档案", "/supervisor/file", "idcard"),
        ],
        Roles.Office => [new("工作台", "/office", "dashboard")],
        Roles.Department => [new("工作台", "/department", "dashboard")],
        Roles.Discipline => [new("工作台", "/discipline", "dashboard")],
        Roles.Nominator => [new("工作台", "/nominator", "dashboard")],
        _ => [],
    };
}
