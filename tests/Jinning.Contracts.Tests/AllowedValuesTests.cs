using Jinning.Contracts.AsyncApi;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Contracts.Tests;

/// <summary>The allowed values the contract promises are exactly the codes ticketing writes into a transferred issue.</summary>
public sealed class AllowedValuesTests
{
    private static IReadOnlyList<string?> Promised(string field) =>
        [.. DepartmentContract.Document()["components"]!["schemas"]!["IssueTransferred"]!["properties"]![field]!["enum"]!.AsArray()
            .Select(v => v?.GetValue<string>())];

    private static IEnumerable<string> Written<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(KebabEnum.Format);

    [Fact]
    public void Kind_IsEveryDispatchKind() => Assert.Equal(Written<DispatchKind>(), Promised("kind"));

    [Fact]
    public void Type_IsEveryIssueType() => Assert.Equal(Written<IssueType>(), Promised("type"));

    [Fact]
    public void SupervisionLevel_IsEveryLevel_OrAbsent() => Assert.Equal([.. Written<SupervisionLevel>(), null], Promised("supervisionLevel"));

    [Fact]
    public void Category_IsEveryCategory_ButRetaliation_WhichNeverLeavesTheOffice() =>
        Assert.Equal(Written<IssueCategory>().Where(c => c != "retaliation"), Promised("category"));
}
