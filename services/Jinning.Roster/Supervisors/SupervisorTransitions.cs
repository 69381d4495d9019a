namespace Jinning.Roster.Supervisors;

/// <summary>The supervisor's state machine in one table: which action is legal in which status (R4, R5, R9).</summary>
public static class SupervisorTransitions
{
    /// <summary>The term ran out by itself (自动解聘).</summary>
    public const string EndTerm = "end-term";
    /// <summary>Criticism or a reminder talk: on the file, the appointment goes on.</summary>
    public const string Admonish = "admonish";
    /// <summary>Termination of the qualification or dismissal.</summary>
    public const string Dismiss = "dismiss";
    public const string Adjust = "adjust";
    public const string Resign = "resign";
    /// <summary>A written application for adjustment or resignation, or a declaration under Art. 7.</summary>
    public const string Apply = "apply";
    public const string Reappoint = "reappoint";

    private static readonly Dictionary<SupervisorStatus, string[]> Legal = new()
    {
        [SupervisorStatus.Active] = [EndTerm, Admonish, Dismiss, Adjust, Resign, Apply],
        [SupervisorStatus.TermEnded] = [Reappoint],
        [SupervisorStatus.Adjusted] = [Reappoint],
        [SupervisorStatus.Resigned] = [Reappoint],
        [SupervisorStatus.Dismissed] = [],
    };

    public static IReadOnlyList<string> Actions { get; } = [EndTerm, Admonish, Dismiss, Adjust, Resign, Apply, Reappoint];

    public static bool Allows(SupervisorStatus status, string action) => Legal[status].Contains(action);

    public static string Label(SupervisorStatus status) => status switch
    {
        SupervisorStatus.Active => "在聘",
        SupervisorStatus.TermEnded => "聘期已满",
        SupervisorStatus.Dismissed => "已解聘",
        SupervisorStatus.Adjusted => "已调整",
        SupervisorStatus.Resigned => "已辞去",
        _ => status.ToString(),
    };

    public static string ActionLabel(string action) => action switch
    {
        EndTerm => "聘期届满",
        Admonish => "批评教育或提醒谈话",
        Dismiss => "终止资格或解聘",
        Adjust => "调整",
        Resign => "辞去",
        Apply => "提出申请或申报",
        Reappoint => "续聘",
        _ => action,
    };
}
