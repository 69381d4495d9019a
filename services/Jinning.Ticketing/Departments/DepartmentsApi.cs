using Jinning.ServiceDefaults.Authentication;
using Jinning.ServiceDefaults.Reference;
using Jinning.Ticketing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Departments;

public static class DepartmentsApi
{
    public sealed record DepartmentResponse(string Code, string Name, bool Active);

    public static IEndpointRouteBuilder MapDepartmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/ticketing/departments").WithTags("Departments")
            .MapGet("/", List).WithName("ListDepartments").WithSummary("责任单位").RequireRoles(Roles.All);
        return app;
    }

    public static async Task<Ok<List<DepartmentResponse>>> List(TicketingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Departments.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new DepartmentResponse(d.Code, d.Name, d.Active)).ToListAsync(cancellationToken));

    /// <summary>Seeds the development list of DOMAIN.md once; the office's later edits are kept.</summary>
    public static async Task SeedAsync(TicketingDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var existing = await db.Departments.Select(d => d.Code).ToHashSetAsync(cancellationToken);
        foreach (var (code, name) in DistrictReference.Departments.Where(d => !existing.Contains(d.Key)))
        {
            db.Departments.Add(new Department { Code = code, Name = name });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
