using Jinning.EndToEnd.Tests;

namespace Jinning.Fuzz.Tests;

/// <summary>
/// The whole platform (AppHost, local infrastructure, every service behind the gateway) with rate
/// limits raised so the fuzzer meets the services and not the 429s, a token for every role, and the
/// routes of every service's OpenAPI document.
/// </summary>
public sealed class FuzzPlatform : IAsyncLifetime
{
    public const int Anonymous = 0;
    public static readonly string[] RoleNames = ["anonymous", "office", "nominator", "supervisor", "department", "discipline"];

    public PlatformFixture Platform { get; } = new(
    [
        "--Jinning:RateLimits:General=100000000",
        "--Jinning:RateLimits:Token=100000000",
        "--Jinning:RateLimits:PublicPost=100000000",
    ]);

    public string?[] Tokens { get; private set; } = [];
    public List<Operation> Operations { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Platform.InitializeAsync();
        var accounts = Platform.Accounts;
        var supervisor = await accounts.AppointSupervisorAsync("模糊测试");
        Tokens =
        [
            null,
            await accounts.TokenAsync("office"),
            await accounts.TokenAsync("nominator.federation-commerce"),
            supervisor.Token,
            await accounts.DepartmentSystemTokenAsync("market-regulation"),
            await accounts.TokenAsync("discipline"),
        ];
        Operations = await ApiOperations.ReadAsync(Platform.Gateway);
    }

    public Task DisposeAsync() => Platform.DisposeAsync();
}
