namespace Jinning.DemoData.Timeline;

/// <summary>Something the office did on a past (or coming) day that the roster keeps with its date.</summary>
public abstract record Happening(DateOnly On);

/// <summary>An appointment meeting (聘任会议, Art. 3.2): the approved candidates of that batch get their certificates.</summary>
public sealed record AppointmentMeeting(DateOnly On, int Number) : Happening(On);

/// <summary>A training with its learning material (Art. 8.2), for every supervisor serving then; all but the absent attended.</summary>
public sealed record TrainingHeld(DateOnly On, string Title, string Material, IReadOnlyList<string> Absent) : Happening(On);

/// <summary>
/// A symposium or special meeting (Art. 4.3). <see cref="Invited"/> null invites every supervisor serving
/// then; <see cref="Absent"/> null means it has not been held yet, so no attendance is recorded.
/// </summary>
public sealed record MeetingCalled(
    DateTimeOffset StartsAt, string Kind, string Title, string Place, IReadOnlyList<string>? Invited, IReadOnlyList<string>? Absent)
    : Happening(District.Date(StartsAt));
