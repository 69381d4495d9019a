using System.Security.Claims;

namespace Jinning.Ticketing.Confidentiality;

/// <summary>
/// A response, or an entry of one, that can show who reported an issue: the reporter's ID, a merged
/// reporter, a complainant's contact, or the reporter's certificate number as the actor of a history
/// entry. <see cref="IdentityViewFilter"/> logs a view for each issue it names.
/// </summary>
public interface IShowsReporter
{
    /// <summary>The issues whose reporter this shows to <paramref name="reader"/>, the reporter themself excepted.</summary>
    IEnumerable<Guid> IssuesWhoseReporterIsShownTo(ClaimsPrincipal reader);
}
