namespace Jinning.DemoData.Timeline;

/// <summary>
/// A year and a half of the scheme, counted back from today so the demo stays current whenever it
/// runs: four appointment meetings, a training each half-year, a symposium each year, a special
/// meeting on the industrial park, and one meeting still to come. The roster accepts these dates;
/// issues and hand-ins cannot be backdated, so they all carry today's date.
/// </summary>
public sealed class DemoTimeline(DateOnly today)
{
    public DateOnly Today => today;

    public IReadOnlyList<Happening> Happenings =>
    [
        new AppointmentMeeting(Past(months: 17), 1),
        new TrainingHeld(Past(months: 14), "义务监督员业务培训：《优化营商环境条例》与《云南省优化营商环境办法》解读",
            """
            一、《优化营商环境条例》确立的市场主体保护、市场环境、政务服务、监管执法、法治保障五方面制度。
            二、《云南省优化营商环境办法》中涉企审批“一次办好”、惠企政策“免申即享”等要求。
            三、义务监督员发现问题、收集线索、如实反映的方式方法，以及保守商业秘密的要求（制度第七条）。
            """, Absent: ["杨建国"]),
        new MeetingCalled(District.At(Past(months: 12), 9, 30), "symposium", $"{Past(months: 12).Year} 年度营商环境义务监督员工作座谈会",
            "区政务服务中心三楼会议室", Invited: null, Absent: ["钱国华"]),
        new AppointmentMeeting(Past(months: 11), 2),
        new TrainingHeld(Past(months: 7), "义务监督员业务培训：营商环境监督工作方法与问题线索收集",
            """
            一、如何通过走访、座谈、体验式办事发现“堵点”“痛点”“难点”。
            二、问题线索的要素：时间、地点、涉及单位、经过和佐证材料。
            三、平台报送问题、跟踪办理进度、回访评价的操作说明。
            """, Absent: ["普丽", "沈玉兰"]),
        new AppointmentMeeting(Past(months: 6), 3),
        new MeetingCalled(District.At(Past(days: 135), 14, 30), "symposium", $"{Past(days: 135).Year} 年度营商环境义务监督员工作座谈会",
            "区行政中心 1 号会议室", Invited: null, Absent: ["黄立新", "罗红"]),
        new TrainingHeld(Past(months: 2), "义务监督员业务培训：涉企行政执法监督与“首违不罚”清单",
            """
            一、行政执法“三项制度”：执法公示、执法全过程记录、重大执法决定法制审核。
            二、市场监管、生态环境等领域轻微违法行为“首违不罚”清单及适用条件。
            三、发现随意执法、重复检查、“一刀切”停产等问题时如何取证和报送。
            """, Absent: ["王磊"]),
        new MeetingCalled(District.At(Past(months: 1), 9, 30), "special", "工业园区营商环境专题座谈会（二街片区）",
            "晋宁工业园区管委会二街片区办公楼会议室", Invited: ["钱国华", "吴敏", "赵志强", "刘芳", "孙海涛", "何永福"], Absent: []),
        new AppointmentMeeting(Past(days: 17), 4),
        new MeetingCalled(District.At(Coming(days: 13), 9, 0), "special", "营商环境“痛点堵点”问题交流会",
            "区政务服务中心三楼会议室", Invited: null, Absent: null),
    ];

    private DateOnly Past(int months = 0, int days = 0) => District.WeekdayOnOrBefore(today.AddMonths(-months).AddDays(-days));

    private DateOnly Coming(int days) => District.WeekdayOnOrAfter(today.AddDays(days));
}
