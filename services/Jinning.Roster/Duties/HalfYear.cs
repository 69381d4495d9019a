using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Jinning.Roster.Duties;

/// <summary>A half-year period, <c>2026-H1</c> (January–June) or <c>2026-H2</c> (July–December), in district dates.</summary>
public readonly partial record struct HalfYear(int Year, int Half)
{
    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);
    public DateOnly End => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public HalfYear Next => Half == 1 ? new HalfYear(Year, 2) : new HalfYear(Year + 1, 1);

    public static HalfYear Of(DateOnly day) => new(day.Year, day.Month <= 6 ? 1 : 2);

    public static bool TryParse(string? text, [NotNullWhen(true)] out HalfYear? period)
    {
        var match = text is null ? Match.Empty : Pattern().Match(text);
        period = match.Success ? new HalfYear(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : null;
        return period is not null;
    }

    public override string ToString() => $"{Year}-H{Half}";

    [GeneratedRegex(@"^(20\d\d)-H([12])$")]
    private static partial Regex Pattern();
}
