namespace Jinning.ServiceDefaults;

/// <summary>
/// A domain object refused an action its state does not allow. The exception handler answers 409
/// with the message, which is written for the user (Chinese), under <see cref="ProblemType"/>.
/// </summary>
public class IllegalTransitionException(string message) : InvalidOperationException(message)
{
    /// <summary>A rule with its own stable problem type overrides these, so clients can tell it apart.</summary>
    public virtual string ProblemType => "https://jinning.gov.cn/problems/illegal-transition";

    public virtual string ProblemTitle => "当前状态不允许此操作";
}
