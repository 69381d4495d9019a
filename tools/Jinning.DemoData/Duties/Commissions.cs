namespace Jinning.DemoData.Duties;

/// <summary>
/// Supervision the office commissions (D4, Art. 4.1 and 6.3) with the results handed in so far, and
/// last year's awards (R7, Art. 8.1).
/// </summary>
public static class Commissions
{
    public sealed record Commission(string Kind, string Title, string Description, int DueInDays, IReadOnlyList<string> Assigned,
        IReadOnlyDictionary<string, string> Results);

    public sealed record Award(string Supervisor, string Title, string Note);

    public static readonly IReadOnlyList<Commission> Tasks =
    [
        new("mystery-visit", "政务服务窗口明察暗访",
            "以普通办事群众身份，到区政务服务中心及昆阳街道、晋城镇便民服务中心体验办理企业开办、社保登记等事项，"
            + "记录等候时间、一次性告知、窗口服务态度等情况，不得暴露监督员身份。", 10,
            ["王磊", "陈静", "沈玉兰"],
            new Dictionary<string, string>
            {
                ["王磊"] = "区政务服务中心企业开办专区平均等候 12 分钟，一次性告知到位；晋城镇便民服务中心午间 12:00—13:30 仅 1 个窗口开放，"
                    + "现场有 5 人排队。已拍照留存，建议午间增设弹性窗口。",
                ["陈静"] = "昆阳街道便民服务中心社保窗口要求提供的材料与网上办事指南不一致（多要一份劳动合同复印件），已向窗口负责人指出，当场更正。",
            }),
        new("complaint-verification", "核查古滇片区停车场收费未公示的投诉",
            "群众在线投诉古滇片区停车场收费标准未公示。请实地核查收费公示牌、收费票据和实际收费情况，如实报告。", 7,
            ["段文华"],
            new Dictionary<string, string>
            {
                ["段文华"] = "经实地查看，片区东入口停车场未设收费公示牌，收费员出具的为手写收据；西入口停车场公示规范。已拍照留存。",
            }),
        new("key", "工程建设项目审批制度改革落实情况重点监督",
            "跟踪 2 个在建工程项目从立项到施工许可的办理过程，记录各环节实际用时与承诺时限的差距，月底前报送。", 23,
            ["周丽华", "何永福"],
            new Dictionary<string, string>()),
        new("special", "涉企违规收费专项监督",
            "围绕行业协会商会收费、中介服务收费、转供电加价等，收集企业反映的违规收费线索，每条线索注明收费主体和金额。", 30,
            ["刘芳", "罗红", "吴敏"],
            new Dictionary<string, string>
            {
                ["吴敏"] = "收集线索 3 条：宝峰片区某物业公司向入驻企业加价收取电费（每度加收 0.15 元）；某行业协会强制企业参加收费培训；"
                    + "某检测机构对同一项目重复收取检测费。相关凭证复印件已留存。",
            }),
    ];

    /// <summary>Awarded for last year: both served all of it.</summary>
    public static IReadOnlyList<Award> AwardsFor(int year) =>
    [
        new("许晓东", $"{year} 年度优秀营商环境义务监督员", "报送行政执法问题线索质量高，推动纠正小微企业顶格处罚案件，建议书被采纳。"),
        new("周丽华", $"{year} 年度优秀营商环境义务监督员", "积极反映涉农中小微企业诉求，按时报送台账和建议书，全勤参加培训和座谈。"),
    ];
}
