namespace Jinning.Roster.Nominations;

/// <summary>The seven units that may nominate (Art. 3).</summary>
public static class NominatingUnits
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["united-front"] = "区委统战部",
        ["government-office"] = "区政府办",
        ["commerce-investment"] = "区商务和投促局",
        ["federation-commerce"] = "区工商联",
        ["gudian-committee"] = "古滇管委会",
        ["industrial-park"] = "工业园区管委会",
        ["business-environment-office"] = "区营商环境办",
    };
}
