using Jinning.Roster.Nominations;
using Jinning.ServiceDefaults;

namespace Jinning.Roster.Vetting;

public sealed record VettingRequest(bool? ConditionsMet, IReadOnlyList<VettingRequest.DisqualifierInput>? Disqualifiers, string? Note)
{
    public sealed record DisqualifierInput(string? Kind, string? Evidence);

    public Dictionary<string, string[]> Validate(out List<Disqualifier> disqualifiers)
    {
        var errors = new Dictionary<string, string[]>();
        disqualifiers = [];
        if (ConditionsMet is null) errors["conditionsMet"] = ["须确认是否符合第二条第（一）至（四）项聘任条件。"];
        var inputs = Disqualifiers ?? [];
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i] ?? new DisqualifierInput(null, null);
            var kind = KebabEnum.Parse<DisqualifierKind>(errors, $"disqualifiers[{i}].kind", input.Kind, "不得聘任情形");
            var evidence = InputText.Required(errors, $"disqualifiers[{i}].evidence", input.Evidence, 2000, "每项不得聘任情形的依据");
            if (kind is { } k && evidence is not null)
            {
                disqualifiers.Add(new Disqualifier(k, evidence));
            }
        }
        InputText.Optional(errors, "note", Note, 2000, "备注");
        return errors;
    }
}
