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
        Roles.Office =>
        [
            new("工作台", "/office", "dashboard"),
            new("问题办理", "/office/issues", "unordered-list"),
            new("登记问题", "/office/register", "form"),
            new("推荐与聘任", "/office/nominations", "user-add"),
            new("监督员队伍", "/office/supervisors", "team"),
            new("申请与报备", "/office/applications", "audit"),
            new("半年工作", "/office/half-year", "file-done"),
            new("会议培训任务", "/office/activities", "calendar"),
            new("评优", "/office/awards", "trophy"),
            new("统计报表", "/office/reports", "bar-chart"),
            new("工作日历", "/office/calendar", "schedule"),
            new("单位与账户", "/office/accounts", "apartment"),
            new("通知投递", "/office/deliveries", "send"),
        ],
        Roles.Department =>
        [
            new("工作台", "/department", "dashboard"),
            new("问题办理", "/department/issues", "unordered-list"),
            new("投递记录", "/department/deliveries", "send"),
        ],
        Roles.Discipline =>
        [
            new("工作台", "/discipline", "dashboard"),
            new("打击报复问题", "/discipline/issues", "safety"),
        ],
        Roles.Nominator =>
        [
            new("工作台", "/nominator", "dashboard"),
            new("推荐人选", "/nominator/nominate", "user-add"),
        ],
        _ => [],
    };
}
