namespace Jinning.Reporting.IssueStatistics;

/// <summary>
/// An issue as the statistics need it, packed small so a million fit in memory and aggregate in
/// milliseconds. Text keys are numbered by <see cref="KeyTable"/>.
/// </summary>
public struct IssueRow
{
    public int ReportedOn;          // DateOnly.DayNumber in the district
    public short Category;
    public short Department;        // -1: not dispatched
    public short Status;
    public IssueFlags Flags;
    public float HandlingHours;     // NaN: not rectified
    public byte Rating;             // 0: not rated
    public byte Outcome;            // 0: open; else 1 + index in IssueRows.Outcomes
    public byte Confirmation;       // 0: open; else 1 + index in IssueRows.Confirmations
}

[Flags]
public enum IssueFlags : byte
{
    None = 0,
    Closed = 1,
    Major = 2,
    Overdue = 4,
    Rectified = 8,
    OnTime = 16,
    FeedbackGiven = 32,
    Accepted = 64,
    Objected = 128,
}

/// <summary>Numbers the text keys (categories, departments, statuses) of <see cref="IssueRow"/>.</summary>
public sealed class KeyTable
{
    private readonly Dictionary<string, short> _codes = [];
    private readonly List<string> _names = [];

    public short Code(string name)
    {
        if (!_codes.TryGetValue(name, out var code))
        {
            code = (short)_names.Count;
            _codes[name] = code;
            _names.Add(name);
        }
        return code;
    }

    public string Name(short code) => _names[code];
}

public static class IssueRows
{
    public static readonly string[] Outcomes = ["resolved", "explained", "unfounded", "not-accepted", "referred-elsewhere"];
    public static readonly string[] Confirmations = ["confirmed", "objected", "timed-out", "not-applicable"];

    public static IssueRow From(IssueFact fact, KeyTable categories, KeyTable departments, KeyTable statuses)
    {
        var flags = IssueFlags.None;
        if (fact.Closed) flags |= IssueFlags.Closed;
        if (fact.Major) flags |= IssueFlags.Major;
        if (fact.Overdue) flags |= IssueFlags.Overdue;
        if (fact.RectifiedAt is not null) flags |= IssueFlags.Rectified;
        if (fact.OnTime == true) flags |= IssueFlags.OnTime;
        if (fact.FeedbackGiven) flags |= IssueFlags.FeedbackGiven;
        if (fact.Accepted) flags |= IssueFlags.Accepted;
        if (fact.Objections > 0) flags |= IssueFlags.Objected;
        return new IssueRow
        {
            ReportedOn = fact.ReportedOn.DayNumber,
            Category = categories.Code(fact.Category),
            Department = fact.DepartmentCode is { } department ? departments.Code(department) : (short)-1,
            Status = statuses.Code(fact.Status),
            Flags = flags,
            HandlingHours = fact.HandlingHours is { } hours ? (float)hours : float.NaN,
            Rating = (byte)(fact.Rating ?? 0),
            Outcome = (byte)(Array.IndexOf(Outcomes, fact.Outcome) + 1),
            Confirmation = (byte)(Array.IndexOf(Confirmations, fact.Confirmation) + 1),
        };
    }
}
