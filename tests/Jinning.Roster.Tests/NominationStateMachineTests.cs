using Jinning.Roster.Nominations;
using Jinning.ServiceDefaults;

namespace Jinning.Roster.Tests;

public sealed class NominationStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Disqualifier Blacklisted = new(DisqualifierKind.CreditBlacklist, "失信被执行人名单");

    private static Nomination Nominated() => Nomination.Nominate(Guid.NewGuid(), "张三", "530122198001011234", null, null, "某公司",
        CandidateBackground.Enterprise, true, "federation-commerce", null, Now);

    /// <summary>Brings a fresh nomination into <paramref name="status"/> through legal transitions only.</summary>
    private static Nomination In(NominationStatus status)
    {
        var nomination = Nominated();
        switch (status)
        {
            case NominationStatus.Nominated: break;
            case NominationStatus.Vetted: nomination.Vet(true, [], null, "office", Now); break;
            case NominationStatus.Disqualified: nomination.Vet(true, [Blacklisted], null, "office", Now); break;
            case NominationStatus.Rejected: nomination.Reject("材料不全", "office", Now); break;
            case NominationStatus.Approved:
                nomination.Vet(true, [], null, "office", Now);
                nomination.Approve("office", Now);
                break;
            case NominationStatus.Appointed:
                nomination.Vet(true, [], null, "office", Now);
                nomination.Approve("office", Now);
                nomination.MarkAppointed(Guid.NewGuid());
                break;
        }
        Assert.Equal(status, nomination.Status);
        return nomination;
    }

    private static readonly Dictionary<string, Action<Nomination>> Actions = new()
    {
        [NominationTransitions.Vet] = n => n.Vet(true, [], null, "office", Now),
        [NominationTransitions.Approve] = n => n.Approve("office", Now),
        [NominationTransitions.Reject] = n => n.Reject("理由", "office", Now),
        [NominationTransitions.Appoint] = n => n.MarkAppointed(Guid.NewGuid()),
    };

    public static TheoryData<NominationStatus, string, bool> EveryStatusAndAction()
    {
        var data = new TheoryData<NominationStatus, string, bool>();
        var legal = new HashSet<(NominationStatus, string)>
        {
            (NominationStatus.Nominated, NominationTransitions.Vet),
            (NominationStatus.Nominated, NominationTransitions.Reject),
            (NominationStatus.Vetted, NominationTransitions.Approve),
            (NominationStatus.Vetted, NominationTransitions.Reject),
            (NominationStatus.Approved, NominationTransitions.Appoint),
            (NominationStatus.Approved, NominationTransitions.Reject),
        };
        foreach (var status in Enum.GetValues<NominationStatus>())
        {
            foreach (var action in Actions.Keys)
            {
                data.Add(status, action, legal.Contains((status, action)));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Transition_IsAllowedExactlyWhereTheTableSays(NominationStatus status, string action, bool legal)
    {
        var nomination = In(status);
        if (legal)
        {
            Actions[action](nomination);
            Assert.NotEqual(status, nomination.Status);
        }
        else
        {
            Assert.Throws<IllegalTransitionException>(() => Actions[action](nomination));
            Assert.Equal(status, nomination.Status);
        }
    }

    [Fact]
    public void Vet_WithADisqualifier_DisqualifiesEvenWhenConditionsAreMet()
    {
        var nomination = Nominated();
        nomination.Vet(true, [Blacklisted], "核查", "office", Now);

        Assert.Equal(NominationStatus.Disqualified, nomination.Status);
        Assert.Equal([Blacklisted], nomination.Disqualifiers);
        Assert.Equal("office", nomination.VettedBy);
    }

    [Fact]
    public void Vet_WithConditionsNotMet_Rejects()
    {
        var nomination = Nominated();
        nomination.Vet(false, [], null, "office", Now);
        Assert.Equal(NominationStatus.Rejected, nomination.Status);
    }

    [Fact]
    public void Appoint_ADisqualifiedCandidate_IsRefused()
    {
        var nomination = In(NominationStatus.Disqualified);
        Assert.Throws<IllegalTransitionException>(() => nomination.MarkAppointed(Guid.NewGuid()));
        Assert.Null(nomination.SupervisorId);
    }

    [Fact]
    public void IdNumber_IsMaskedKeepingRegionAndCheckDigits() =>
        Assert.Equal("5301************34", NominationResponse.MaskIdNumber("530122198001011234"));
}
