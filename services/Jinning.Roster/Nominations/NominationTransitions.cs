namespace Jinning.Roster.Nominations;

/// <summary>The nomination state machine in one table: which action is legal in which state.</summary>
public static class NominationTransitions
{
    public const string Vet = "vet";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Appoint = "appoint";

    private static readonly Dictionary<NominationStatus, string[]> Legal = new()
    {
        [NominationStatus.Nominated] = [Vet, Reject],
        [NominationStatus.Vetted] = [Approve, Reject],
        [NominationStatus.Approved] = [Appoint, Reject],
        [NominationStatus.Disqualified] = [],
        [NominationStatus.Rejected] = [],
        [NominationStatus.Appointed] = [],
    };

    public static bool Allows(NominationStatus status, string action) => Legal[status].Contains(action);

    public static string Label(NominationStatus status) => status switch
    {
        NominationStatus.Nominated => "已推荐",
        NominationStatus.Vetted => "已审核",
        NominationStatus.Disqualified => "不得聘任",
        NominationStatus.Approved => "已审定",
        NominationStatus.Rejected => "未通过",
        NominationStatus.Appointed => "已聘任",
        _ => status.ToString(),
    };

    public static string ActionLabel(string action) => action switch
    {
        Vet => "资格审核",
        Approve => "审定",
        Reject => "不予通过",
        Appoint => "聘任",
        _ => action,
    };
}
