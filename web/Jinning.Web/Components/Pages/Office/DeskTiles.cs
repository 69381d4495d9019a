using Jinning.Web.Api;

namespace Jinning.Web.Components.Pages.Office;

/// <summary>
/// The dashboard's counts, each with the issue board's filter that lists the same issues (the API's filter
/// names, so the board passes them through as they are).
/// </summary>
public static class DeskTiles
{
    /// <param name="Urgent">Late already: shown in red when not zero.</param>
    public sealed record Tile(string Label, string Hint, int Count, string Link, bool Urgent);

    public static IReadOnlyList<Tile> From(DeskCounts counts) =>
    [
        new("待转办", "已登记、研究中、被退回或重新办理，待办公室转办", counts.AwaitingDispatch, Board("awaiting=dispatch"), false),
        new("超时未签收", "已转办，责任单位超过签收时限仍未签收", counts.SignForOverdue, Board("signForOverdue=true"), true),
        new("明日到期", $"办理时限为 {counts.Tomorrow:yyyy-MM-dd}，责任单位仍在办理", counts.DueTomorrow,
            Board($"dueOn={counts.Tomorrow:yyyy-MM-dd}"), false),
        new("已逾期", "超过办理时限、尚未办结", counts.Overdue, Board("overdue=true&state=open"), true),
        new("待反馈", "责任单位已整改，待审核并向监督员反馈", counts.AwaitingFeedback, Board("awaiting=feedback"), false),
        new("待确认", "已反馈，等待监督员确认或提出异议", counts.AwaitingConfirmation, Board("awaiting=confirmation"), false),
    ];

    private static string Board(string filters) => $"/office/issues?{filters}";
}
