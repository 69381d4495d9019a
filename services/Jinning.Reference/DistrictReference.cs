namespace Jinning.Reference;

/// <summary>
/// The district's codes as DOMAIN.md lists them: what tokens, broker routing and seeds use. The
/// department list is only the development seed: ticketing keeps the list the office edits.
/// </summary>
public static class DistrictReference
{
    /// <summary>The seven nominating units of Art. 3.</summary>
    public static readonly IReadOnlyDictionary<string, string> NominatingUnits = new Dictionary<string, string>
    {
        ["united-front"] = "区委统战部",
        ["government-office"] = "区政府办",
        ["commerce-investment"] = "区商务和投促局",
        ["federation-commerce"] = "区工商联",
        ["gudian-committee"] = "古滇管委会",
        ["industrial-park"] = "工业园区管委会",
        ["business-environment-office"] = "区营商环境办",
    };

    /// <summary>Issue categories (Art. 6.1, plus retaliation of Art. 8.3) by their API code, with the name people read.</summary>
    public static readonly IReadOnlyDictionary<string, string> IssueCategories = new Dictionary<string, string>
    {
        ["administrative-approval"] = "行政审批",
        ["policy-implementation"] = "政策落实",
        ["government-transparency"] = "政务公开",
        ["service-commitment"] = "服务承诺",
        ["law-enforcement"] = "行政执法",
        ["window-service"] = "基层窗口服务",
        ["retaliation"] = "打击报复",
        ["other"] = "其他",
    };

    /// <summary>Responsible units (责任单位) seeded in development.</summary>
    public static readonly IReadOnlyDictionary<string, string> Departments = new Dictionary<string, string>
    {
        ["market-regulation"] = "区市场监督管理局",
        ["government-services"] = "区政务服务管理局",
        ["development-reform"] = "区发展和改革局",
        ["natural-resources"] = "区自然资源局",
        ["housing-construction"] = "区住房和城乡建设局",
        ["human-resources"] = "区人力资源和社会保障局",
        ["taxation"] = "国家税务总局晋宁区税务局",
        ["public-security"] = "区公安分局",
        ["transport"] = "区交通运输局",
        ["ecology-environment"] = "市生态环境局晋宁分局",
        ["finance"] = "区财政局",
        ["commerce-investment"] = "区商务和投促局",
        ["health"] = "区卫生健康局",
        ["emergency-management"] = "区应急管理局",
        ["gudian-committee"] = "古滇管委会",
        ["industrial-park"] = "工业园区管委会",
    };
}
