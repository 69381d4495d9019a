using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jinning.Persistence;

/// <summary>
/// An EF Core interceptor every DbContext of <see cref="ServiceDatabaseExtensions.AddServiceDatabase{TDbContext}"/> gets:
/// register it in DI under this interface (the outbox registers the one that wakes its dispatcher on commit).
/// </summary>
public interface IServiceDatabaseInterceptor : IInterceptor;
