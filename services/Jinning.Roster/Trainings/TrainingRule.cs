using Jinning.Roster.Duties;

namespace Jinning.Roster.Trainings;

/// <summary>
/// Art. 8.2: every half-year the office issues learning material and holds training. The office is
/// warned when a half-year has none, from its fourth month on (earlier is not yet late) and for every
/// past half-year without one.
/// </summary>
public static class TrainingRule
{
    public const int WarnFromMonthOfPeriod = 4;

    public static string? Warning(HalfYear period, DateOnly today, bool anyTraining) =>
        anyTraining || today < period.Start.AddMonths(WarnFromMonthOfPeriod - 1)
            ? null
            : $"{period} 尚未下发学习资料或组织业务培训（制度第八条第二项要求每半年一次）。";
}
