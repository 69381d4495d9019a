using static Jinning.DemoData.Roster.Fate;

namespace Jinning.DemoData.Roster;

/// <summary>
/// The people of the demo: three supervisors from each of the seven nominating units (Art. 3),
/// appointed at four appointment meetings over the past eighteen months, and nine more whose
/// nominations stopped at each earlier stage. Names, employers and ID numbers are invented.
/// </summary>
public static class Candidates
{
    /// <summary>The supervisor the console banner names: a flower grower from 上蒜镇, first certificate of the scheme.</summary>
    public const string Featured = "周丽华";

    /// <summary>Appointed last and not yet activated, so a newcomer can try the first sign-in at /activate.</summary>
    public const string AwaitingActivation = "朱俊";

    public static readonly IReadOnlyList<Candidate> All =
    [
        // First appointment meeting: the scheme starts.
        new("federation-commerce", new(Featured, true, new(1978, 3, 14), "530122", "zhou.lihua",
            "昆明晋宁丽华花卉种植有限公司（上蒜镇）", "enterprise", true,
            "从事鲜切花种植与销售十余年，带动周边农户百余户，熟悉涉农企业办事环节，热心反映中小微企业诉求。"), new Appointed(1)),
        new("united-front", new("李春梅", true, new(1976, 9, 2), "530122", "li.chunmei",
            "晋宁区第二中学", "democratic-party", false,
            "民盟盟员，长期参与区政协社情民意信息报送，关注政务公开和基层窗口服务。"), new Appointed(1)),
        new("government-office", new("张德明", false, new(1965, 11, 23), "530122", "zhang.deming",
            "昆明晋宁德明果蔬种植专业合作社", "npc-deputy", true,
            "区人大代表，合作社理事长，了解农业经营主体在用地、用电、贷款方面的难处。"), new Appointed(1)),
        new("commerce-investment", new("赵志强", false, new(1979, 6, 8), "530102", "zhao.zhiqiang",
            "云南古滇文旅投资有限公司", "enterprise", false,
            "负责古滇片区文旅项目报建工作，熟悉工程建设项目审批流程。"), new Appointed(1)),
        new("gudian-committee", new("段文华", false, new(1972, 1, 30), "530122", "duan.wenhua",
            "昆明古滇印象文化传播有限公司", "enterprise", true,
            "古滇名城商业街商户代表，常年收集片区商户意见，敢于反映问题。"), new Appointed(1)),
        new("industrial-park", new("钱国华", false, new(1969, 4, 17), "530111", "qian.guohua",
            "云南晋宁鑫磷化工有限公司（二街片区）", "enterprise", false,
            "园区重点企业负责安全环保的副总经理，熟悉危化品、环评、排污许可等审批事项。"), new Appointed(1)),
        new("business-environment-office", new("许晓东", false, new(1982, 12, 5), "530112", "xu.xiaodong",
            "云南滇晋律师事务所", "legal", false,
            "执业律师，长期为中小企业提供法律服务，熟悉行政执法程序和“首违不罚”等规定。"), new Appointed(1)),
        new("federation-commerce", new("何永福", false, new(1970, 8, 19), "530122", "he.yongfu",
            "昆明永福建筑工程有限公司", "chamber-of-commerce", true,
            "区总商会副会长，联系建筑、建材行业会员企业六十余家。"), new Appointed(1)),
        new("united-front", new("杨建国", false, new(1968, 2, 11), "530122", "yang.jianguo",
            "昆明晋宁宏达建材有限公司", "cppcc-member", true,
            "区政协委员，民营建材企业负责人，多次提交优化营商环境方面的提案。"), new Appointed(1)),

        // Second appointment meeting.
        new("government-office", new("陈静", true, new(1985, 7, 21), "530103", "chen.jing",
            "云南晋和律师事务所", "legal", false,
            "律师，区法律援助工作站志愿律师，关注劳动保障和行政执法规范。"), new Appointed(2)),
        new("commerce-investment", new("刘芳", true, new(1981, 10, 3), "530122", "liu.fang",
            "昆明晋宁鑫源商贸有限公司", "enterprise", true,
            "小微商贸企业负责人，熟悉税费政策和惠企资金申报。"), new Appointed(2)),
        new("gudian-committee", new("普丽", true, new(1990, 5, 26), "530122", "pu.li",
            "晋宁普家小院民宿（古滇片区）", "enterprise", true,
            "彝族，返乡创业经营民宿，了解文旅小微经营主体办证、经营中的实际困难。"), new Appointed(2)),
        new("industrial-park", new("吴敏", true, new(1984, 9, 9), "530122", "wu.min",
            "昆明晋宁宝峰包装材料有限公司（宝峰片区）", "enterprise", true,
            "园区中小企业负责人，关注用工、社保补贴和不动产登记等事项。"), new Appointed(2)),
        new("business-environment-office", new("沈玉兰", true, new(1975, 3, 28), "530122", "shen.yulan",
            "昆阳玉兰便利店（个体工商户）", "npc-deputy", true,
            "区人大代表、个体工商户，熟悉个体户“个转企”和日常经营中的堵点。"), new Appointed(2)),
        new("federation-commerce", new("罗红", true, new(1986, 12, 30), "530122", "luo.hong",
            "昆明晋宁红云电子商务有限公司", "enterprise", true,
            "农产品电商企业负责人，熟悉“电商进农村”等政策的申报兑现。"), new Appointed(2)),

        // Third appointment meeting.
        new("united-front", new("马晓燕", true, new(1983, 4, 6), "530122", "ma.xiaoyan",
            "晋宁区人民医院", "democratic-party", false,
            "九三学社社员，关注医疗、药品领域的审批和许可服务。"), new Appointed(3)),
        new("government-office", new("王磊", false, new(1988, 1, 15), "530102", "wang.lei",
            "晋宁区融媒体中心", "media", false,
            "记者，长期跑政务服务和民生新闻，善于发现问题和典型经验。"), new Appointed(3)),
        new("commerce-investment", new("孙海涛", false, new(1974, 6, 29), "530111", "sun.haitao",
            "晋宁区餐饮与住宿行业协会", "chamber-of-commerce", true,
            "行业协会会长，联系餐饮、住宿会员企业八十余家。"), new Appointed(3)),
        new("gudian-committee", new("黄立新", false, new(1967, 10, 12), "530122", "huang.lixin",
            "昆明滇池南岸旅游开发有限公司", "cppcc-member", false,
            "区政协委员，熟悉滇池沿岸文旅项目的规划、环保和经营许可。"), new Appointed(3)),

        // Fourth appointment meeting, this month.
        new("industrial-park", new("郑海", false, new(1980, 11, 1), "530122", "zheng.hai",
            "晋宁工业园区企业商会", "chamber-of-commerce", false,
            "园区企业商会秘书长，经常组织企业座谈，收集企业诉求。"), new Appointed(4)),
        new("business-environment-office", new(AwaitingActivation, false, new(1991, 8, 8), "530112", "zhu.jun",
            "昆明日报社晋宁记者站", "media", false,
            "驻站记者，关注营商环境典型案例报道。"), new Appointed(4, Activates: false)),

        // Nominations still on their way, or stopped.
        new("commerce-investment", new("罗志刚", false, new(1977, 2, 20), "530122", "luo.zhigang",
            "昆明晋宁志刚物流有限公司", "enterprise", true,
            "物流企业负责人，了解货车通行、道路运输证办理等事项。"), new Nominated()),
        new("united-front", new("施文娟", true, new(1987, 3, 3), "530122", "shi.wenjuan",
            "晋宁区中医医院", "democratic-party", false,
            "农工党党员，热心社会监督工作。"), new Nominated()),
        new("industrial-park", new("高建华", false, new(1973, 7, 7), "530122", "gao.jianhua",
            "云南晋宁青山冶金机械有限公司（青山片区）", "enterprise", true,
            "园区中小企业负责人，熟悉企业用工和安全生产审批。"), new Vetted()),
        new("government-office", new("李娜", true, new(1989, 5, 18), "530122", "li.na",
            "晋宁区融媒体中心", "media", false,
            "新闻编辑，关注政务公开和政策解读。"), new Vetted()),
        new("gudian-committee", new("杨光明", false, new(1971, 12, 24), "530122", "yang.guangming",
            "昆明上蒜光明蔬菜种植专业合作社", "npc-deputy", true,
            "区人大代表，合作社负责人，熟悉设施农业用地和涉农补贴。"), new Approved()),
        new("federation-commerce", new("蔡永强", false, new(1966, 6, 16), "530122", "cai.yongqiang",
            "昆明晋宁永强建材有限公司", "enterprise", true,
            "建材企业负责人。"),
            new Disqualified("credit-blacklist",
                "经“信用中国”网站和中国执行信息公开网查询，其任法定代表人的昆明晋宁永强建材有限公司于 2024 年 8 月被列入失信被执行人名单，至今未移出。")),
        new("business-environment-office", new("王建", false, new(1979, 9, 27), "530112", "wang.jian",
            "个体工商户（昆阳街道）", "enterprise", true,
            "个体工商户，热心公益。"),
            new Disqualified("criminal-penalty", "经区公安分局协助核查，其于 2021 年因危险驾驶罪被判处拘役二个月，并处罚金。")),
        new("commerce-investment", new("黄丽", true, new(1992, 1, 9), "530102", "huang.li",
            "昆明某电子商务有限公司", "enterprise", true,
            "电商企业运营负责人。"),
            new FailsConditions("推荐材料显示其近两年常驻外省，难以保证参加监督工作和座谈会，不符合第二条第（三）、（四）项。")),
        new("gudian-committee", new("邓宏伟", false, new(1983, 2, 2), "530122", "deng.hongwei",
            "云南古滇文旅投资有限公司", "enterprise", false,
            "文旅企业中层管理人员。"),
            new Rejected("同一企业已有一名监督员在聘，为保证监督员来源广泛，建议下一批次优先推荐片区中小微企业代表。")),
    ];
}
