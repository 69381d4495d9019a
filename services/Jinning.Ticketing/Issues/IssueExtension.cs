using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

/// <summary>An extension (延期) the department asked for, and the office's answer.</summary>
public enum ExtensionState
{
    Requested,
    Granted,
    Refused,
}

/// <summary>延期 (T4): asked by the lead unit before the deadline, decided by the office.</summary>
public sealed class IssueExtension
{
    public ExtensionState? State { get; private set; }
    public DateTimeOffset? RequestedUntil { get; private set; }
    public string? Reason { get; private set; }

    internal void Request(DateTimeOffset until, string reason, DateTimeOffset? deadline, DateTimeOffset now)
    {
        if (deadline is not { } current || now >= current)
        {
            throw new IllegalTransitionException("延期须在办理时限届满前申请。");
        }
        if (State == ExtensionState.Requested)
        {
            throw new IllegalTransitionException("已有待审批的延期申请。");
        }
        if (until <= current)
        {
            throw new IllegalTransitionException("申请延期的时限须晚于当前办理时限。");
        }
        State = ExtensionState.Requested;
        RequestedUntil = until.ToUniversalTime();
        Reason = reason;
    }

    internal void EnsurePending()
    {
        if (State != ExtensionState.Requested)
        {
            throw new IllegalTransitionException("没有待审批的延期申请。");
        }
    }

    /// <returns>The deadline granted (possibly earlier than asked), or null when refused.</returns>
    internal DateTimeOffset? Decide(bool grant, DateTimeOffset? grantedUntil, DateTimeOffset? deadline)
    {
        if (!grant)
        {
            State = ExtensionState.Refused;
            return null;
        }
        var until = grantedUntil ?? RequestedUntil!.Value;
        if (until <= deadline)
        {
            throw new IllegalTransitionException("批准的时限须晚于当前办理时限。");
        }
        State = ExtensionState.Granted;
        return until;
    }

    internal void Clear()
    {
        State = null;
        RequestedUntil = null;
        Reason = null;
    }
}
