namespace Jinning.Web.Api;

/// <summary>One year of the official calendar: public holidays, and weekend days worked in exchange (调休).</summary>
public sealed record WorkingCalendar(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays,
    DateTimeOffset? UpdatedAt, string? UpdatedBy);

public sealed record WorkingCalendarRequest(IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays);

/// <summary>The working-day calendar deadlines are counted on (T4), kept by the office.</summary>
public sealed class CalendarClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<WorkingCalendar>> GetAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<WorkingCalendar>($"/api/ticketing/calendar/{year}", cancellationToken);

    public Task<ApiResult<WorkingCalendar>> SaveAsync(int year, WorkingCalendarRequest request, CancellationToken cancellationToken) =>
        PutAsync<WorkingCalendar>($"/api/ticketing/calendar/{year}", request, cancellationToken);
}
