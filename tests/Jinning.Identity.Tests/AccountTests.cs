using Jinning.Identity.Accounts;
using Jinning.Identity.Passwords;
using Jinning.ServiceDefaults.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Jinning.Identity.Tests;

public sealed class AccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static Account NewAccount() => new()
    {
        Id = Guid.NewGuid(), UserName = "office", DisplayName = "区营商环境办", Role = "office", CreatedAt = Now,
    };

    [Fact]
    public void FifthWrongPasswordFromOneAddress_LocksThatPairForFifteenMinutes()
    {
        var pair = new SignInThrottle { AccountId = Guid.NewGuid(), Address = "203.0.113.7" };
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            pair.RecordFailure(Now);
            Assert.False(pair.IsLockedOut(Now));
        }
        pair.RecordFailure(Now);

        Assert.True(pair.IsLockedOut(Now.AddMinutes(14)));
        Assert.False(pair.IsLockedOut(Now.AddMinutes(15)));
    }

    [Fact]
    public void ManyWrongPasswordsFromEverywhere_SlowTheAccountBySecondsNeverLockIt()
    {
        var account = NewAccount();
        for (var i = 0; i < AccountSlowdown.FreeFailures - 1; i++)
        {
            account.RecordFailedSignIn(Now);
        }
        Assert.False(account.IsLockedOut(Now));

        for (var i = 0; i < 50; i++)
        {
            account.RecordFailedSignIn(Now);
        }

        // A stranger hammering a public certificate number costs its owner half a minute at most.
        Assert.True(account.IsLockedOut(Now));
        Assert.False(account.IsLockedOut(Now + AccountSlowdown.MaxWait));
    }

    [Fact]
    public void SuccessfulSignIn_ResetsTheAccountsCount()
    {
        var account = NewAccount();
        for (var i = 0; i < AccountSlowdown.FreeFailures; i++) account.RecordFailedSignIn(Now);
        Assert.True(account.IsLockedOut(Now));

        account.RecordSuccessfulSignIn();
        account.RecordFailedSignIn(Now);

        Assert.False(account.IsLockedOut(Now));
    }

    [Fact]
    public void SupervisorAccount_ActivatesOnce()
    {
        var account = Account.ForSupervisor(Guid.NewGuid(), Guid.NewGuid(), "JN-2026-0001", "张三", SecretHasher.Hash("CODE123456"), Now);
        Assert.True(account.CanActivate);

        account.Activate(SecretHasher.Hash("Password2026"), DateTimeOffset.UtcNow);

        Assert.False(account.CanActivate);
        Assert.True(SecretHasher.Verify("Password2026", account.PasswordHash!));
    }

    [Fact]
    public void DisabledSupervisor_CannotActivate()
    {
        var account = Account.ForSupervisor(Guid.NewGuid(), Guid.NewGuid(), "JN-2026-0001", "张三", SecretHasher.Hash("CODE123456"), Now);
        account.Disable("term-ended", Now);
        Assert.False(account.CanActivate);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void SeedPassword_OutsideDevelopment_RefusesTheDevelopmentDefault(string environment)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:SeedPassword"] = AccountSeeder.DevelopmentDefaultPassword,
        }).Build();

        Assert.Throws<InvalidOperationException>(() => AccountSeeder.SeedPassword(configuration, new Environment(environment)));
    }

    [Fact]
    public void SeedPassword_OutsideDevelopment_RefusesAnySharedPassword()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:SeedPassword"] = "AVeryLongAndUniqueLookingPassword2026",
        }).Build();

        Assert.Throws<InvalidOperationException>(() => AccountSeeder.SeedPassword(configuration, new Environment("Production")));
        Assert.Null(AccountSeeder.SeedPassword(new ConfigurationBuilder().Build(), new Environment("Production")));
    }

    [Fact]
    public void SeededAccount_GetsItsOwnActivation_AndTheOldPasswordStopsWorking()
    {
        var account = NewAccount();
        account.SetPassword(SecretHasher.Hash("Jinning#2026"));

        account.IssueActivation(SecretHasher.Hash("ABCDEFGHJKMN"));

        Assert.Null(account.PasswordHash);
        Assert.True(account.CanActivate);
        account.Activate(SecretHasher.Hash("OwnPassword2026"), Now);
        Assert.False(account.CanActivate);
        Assert.Null(account.PledgeAcceptedAt);
    }

    [Fact]
    public void SeedPassword_InDevelopment_AcceptsTheDefault()
    {
        var configuration = new ConfigurationBuilder().Build();
        Assert.Equal(AccountSeeder.DevelopmentDefaultPassword, AccountSeeder.SeedPassword(configuration, new Environment("Development")));
    }

    [Fact]
    public void SecretHasher_RejectsAWrongSecret()
    {
        var hash = SecretHasher.Hash("Password2026");
        Assert.False(SecretHasher.Verify("Password2027", hash));
        Assert.NotEqual(hash, SecretHasher.Hash("Password2026"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Jinning.Identity";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
