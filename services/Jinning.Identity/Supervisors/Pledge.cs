namespace Jinning.Identity.Supervisors;

/// <summary>
/// The supervisor's pledge at activation: the discipline of Art. 7 of the regulation, which every
/// supervisor accepts before the first sign-in. The activation page shows it as the API returns it.
/// </summary>
public static class Pledge
{
    public const string Title = "营商环境义务监督员组织纪律（《晋宁区营商环境义务监督员制度（试行）》第七条）";

    public static readonly IReadOnlyList<string> Articles =
    [
        "认真学习营商环境建设政策法规，积极钻研业务知识，努力打造一支思想过硬、业务精通、作风优良、廉洁高效的营商环境监督队伍。",
        "正确行使监督权，当好营商环境的侦查员、体验员、宣传员，发挥改善营商环境的“眼睛”“探头”和“外脑”作用，为晋宁营商环境“挑刺”“揭短”“亮丑”。",
        "坚持原则，秉公办事，严禁利用工作之便与被监督单位拉关系、做交易，不准向被监督单位、监督对象提任何个人要求。",
        "工作期间，不准接受被监督单位赠送的礼物，不得参加被监督单位和监督对象以各种借口安排的娱乐和观光休闲等活动。",
        "未经区优化提升营商环境工作领导小组办公室同意，不得以营商环境义务监督员身份发表言论、出版著作或者以营商环境义务监督员名义从事与优化营商环境监督工作无关的活动。",
        "保守国家秘密、工作秘密以及因履行职责掌握的商业秘密和不应公开的信息，廉洁自律、接受监督。",
    ];

    public const string Statement = "本人已阅读并承诺遵守上述组织纪律。";
}
