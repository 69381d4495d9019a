using System.Security.Claims;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Roster.Nominations;

public static class NominationVisibility
{
    /// <summary>The office sees every nomination; a nominating unit only its own.</summary>
    public static IQueryable<Nomination> VisibleTo(this IQueryable<Nomination> nominations, ClaimsPrincipal user)
    {
        if (user.IsOffice())
        {
            return nominations;
        }
        var unit = user.UnitCode();
        return unit is null ? nominations.Where(_ => false) : nominations.Where(n => n.NominatingUnit == unit);
    }
}
