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
            var kind = KebabEnum.Parse<DisqualifierKind>(errors, $"disqualifiers[{i}].kind", inputs[i].Kind, "不得聘任情形");
            if (string.IsNullOrWhiteSpace(inputs[i].Evidence) || inputs[i].Evidence!.Length > 2000)
                errors[$"disqualifiers[{i}].evidence"] = ["每项不得聘任情形须附依据（不超过 2000 字）。"];
            else if (kind is { } k) disqualifiers.Add(new Disqualifier(k, inputs[i].Evidence!.Trim()));
        }
        if (Note?.Length > 2000) errors["note"] = ["备注不超过 2000 字。"];
        return errors;
    }
}
