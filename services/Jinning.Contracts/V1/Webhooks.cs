using System.ComponentModel;

namespace Jinning.Contracts.V1;

/// <summary>
/// The JSON body of a webhook delivery: one notice for a department (or another recipient) whose
/// system registered an address. Signed with <c>X-Jinning-Timestamp</c> and <c>X-Jinning-Signature</c>.
/// </summary>
[Description("推送到单位登记地址的一条通知（webhook）。请先校验 X-Jinning-Signature 和 X-Jinning-Timestamp，再信任内容。")]
public sealed record WebhookNotice
{
    [Description("投递编号；重试时不变，用它去重")]
    public required Guid DeliveryId { get; init; }
    [Description("引起通知的平台事件编号")]
    public required Guid EventId { get; init; }
    [Description("引起通知的事件类型，如 IssueTransferred、IssueReminderDue、IssueOverdue")]
    public required string EventType { get; init; }
    [Description("接收方，如 department:market-regulation")]
    public required string Recipient { get; init; }
    [Description("通知标题")]
    public required string Subject { get; init; }
    [Description("通知正文")]
    public required string Body { get; init; }
    [Description("通知生成时间")]
    public required DateTimeOffset CreatedAt { get; init; }
}
