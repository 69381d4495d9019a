namespace Jinning.Web.Components.Pages.Office;

/// <summary>The periods the office reports on, as the API names them (2026-H2, 2026, 2026-11), newest first.</summary>
public static class ReportPeriods
{
    public sealed record Period(string Code, string Name);

    /// <summary>This half-year and the three before it, and this year and the last: what the periodic report covers.</summary>
    public static IReadOnlyList<Period> HalfYearsAndYears(DateOnly today) =>
    [
        .. HalfYears(today, 2).Select(p => p),
        new($"{today.Year}", $"{today.Year}年全年"),
        .. HalfYears(today.AddYears(-1), 2),
        new($"{today.Year - 1}", $"{today.Year - 1}年全年"),
    ];

    public static IReadOnlyList<Period> HalfYears(DateOnly today, int count) =>
        Enumerable.Range(0, count).Select(i => Vocabulary.Words.HalfYearOf(today.AddMonths(-6 * i)))
            .Select(code => new Period(code, Vocabulary.Words.HalfYearName(code))).ToList();

    /// <summary>For the scorecard: this month and the last, this half-year and the last, this year.</summary>
    public static IReadOnlyList<Period> ForScorecard(DateOnly today) =>
    [
        new($"{today:yyyy-MM}", $"{today.Year}年{today.Month}月"),
        new($"{today.AddMonths(-1):yyyy-MM}", $"{today.AddMonths(-1).Year}年{today.AddMonths(-1).Month}月"),
        .. HalfYears(today, 2),
        new($"{today.Year}", $"{today.Year}年全年"),
    ];
}
