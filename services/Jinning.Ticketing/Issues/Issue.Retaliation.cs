using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

/// <summary>Reclassification and the discipline commission's handling of retaliation reports (T6, T12).</summary>
public sealed partial class Issue
{
    /// <summary>
    /// The office corrects category, type or the major flag until the issue is closed (T12). Into
    /// retaliation, it leaves every department at once: a unit holding it loses it, and the office
    /// studies it again for the discipline commission.
    /// </summary>
    public void Reclassify(IssueCategory category, IssueType type, bool major, string reason, DateTimeOffset now)
    {
        Check(IssueAction.Reclassify);
        var (previousCategory, previousType, previousMajor) = (Category, Type, Major);
        var withdrawnFrom = RetaliationRule.MayReachDepartments(category) ? null : Assignment.DepartmentCode;
        if (withdrawnFrom is not null)
        {
            Assignment.Withdraw();
            Extension.Clear();
            Material.Clear();
            Status = IssueStatus.Researching;
        }
        Category = category;
        Type = type;
        Major = major;
        UpdatedAt = now;
        Raise(new IssueEvents.Reclassified(now, previousCategory, previousType, previousMajor, withdrawnFrom, reason));
    }

    /// <summary>
    /// The discipline commission records how far it has got (T12). Stages only move forward; the
    /// reporter hears of each new stage, never of the measures.
    /// </summary>
    public void RecordDisciplineStage(DisciplineStage stage, DateTimeOffset now)
    {
        if (Category != IssueCategory.Retaliation)
        {
            throw new IllegalTransitionException("只有打击报复线索由纪检监察机关记录处理情况。");
        }
        if (DisciplineStage == Issues.DisciplineStage.Concluded)
        {
            throw new IllegalTransitionException("该线索已处理完毕，不能再记录处理情况。");
        }
        if (DisciplineStage is { } current && Rank(stage) < Rank(current))
        {
            throw new IllegalTransitionException("处理阶段只能向前推进。");
        }
        var changed = DisciplineStage != stage;
        DisciplineStage = stage;
        UpdatedAt = now;
        if (changed)
        {
            Raise(new IssueEvents.DisciplineStageChanged(now, stage));
        }
    }

    private static int Rank(DisciplineStage stage) => stage switch
    {
        Issues.DisciplineStage.Received => 0,
        Issues.DisciplineStage.Investigating => 1,
        Issues.DisciplineStage.Concluded => 3,
        _ => 2,
    };
}
