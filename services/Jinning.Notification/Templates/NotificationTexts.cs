namespace Jinning.Notification.Templates;

/// <summary>Every text a person receives, in one place, so wording is reviewed together.</summary>
public static class NotificationTexts
{
    public static (string Title, string Body) IssueReported(string trackingNumber, string title, bool major) => major
        ? ($"【重大问题】{trackingNumber} 需立即研究处理", $"收到重大问题报告“{title}”（编号 {trackingNumber}），请立即研究并转办。")
        : ($"新问题 {trackingNumber} 待研究", $"收到问题报告“{title}”（编号 {trackingNumber}），请研究并转办。");
}
