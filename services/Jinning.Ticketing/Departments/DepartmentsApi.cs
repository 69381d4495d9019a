using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Jinning.Reference;
using Jinning.Ticketing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Departments;

public static class DepartmentsApi
{
    public sealed record DepartmentResponse(string Code, string Name, bool Active);
    public sealed record CreateDepartmentRequest(string? Code, string? Name);
    public sealed record UpdateDepartmentRequest(string? Name, bool? Active);

    public static IEndpointRouteBuilder MapDepartmentsApi(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/ticketing/departments").WithTags("Departments");
        departments.MapGet("/", List).WithName("ListDepartments").WithSummary("责任单位").RequireRoles(Roles.All);
        departments.MapPost("/", Create).WithName("CreateDepartment").WithSummary("新增责任单位（办公室维护）").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        departments.MapPut("/{code}", Update).WithName("UpdateDepartment").WithSummary("修改名称或停用责任单位（办公室维护）").RequireRoles(Roles.Office)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <summary>A code is also a routing key and a token claim, so it is fixed once created: lowercase kebab.</summary>
    public static async Task<Results<Created<DepartmentResponse>, ValidationProblem, Conflict<ProblemDetails>>> Create(
        CreateDepartmentRequest request, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Code is null || !System.Text.RegularExpressions.Regex.IsMatch(request.Code, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$") || request.Code.Length > 40)
            errors["code"] = ["单位代码须为小写字母、数字和连字符，不超过 40 个字符，如 market-regulation。"];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) errors["name"] = ["单位名称不能为空，且不超过 100 字。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        if (await db.Departments.AnyAsync(d => d.Code == request.Code, cancellationToken))
        {
            return TypedResults.Conflict(new ProblemDetails { Status = 409, Title = "单位代码已存在", Type = "https://jinning.gov.cn/problems/department-exists" });
        }
        var department = new Department { Code = request.Code!, Name = request.Name!.Trim() };
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/ticketing/departments/{department.Code}", new DepartmentResponse(department.Code, department.Name, department.Active));
    }

    /// <summary>A unit is deactivated, never deleted: its past issues keep pointing at it.</summary>
    public static async Task<Results<Ok<DepartmentResponse>, NotFound, ValidationProblem>> Update(
        string code, UpdateDepartmentRequest request, TicketingDbContext db, CancellationToken cancellationToken)
    {
        if (request.Name is not null && (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100))
        {
            return InputProblems.Invalid("name", "单位名称不能为空，且不超过 100 字。");
        }
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (department is null)
        {
            return TypedResults.NotFound();
        }
        department.Name = request.Name?.Trim() ?? department.Name;
        department.Active = request.Active ?? department.Active;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DepartmentResponse(department.Code, department.Name, department.Active));
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
