using System.Security.Cryptography;
using System.Text;
using Jinning.Ticketing.Confidentiality;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Jinning.Ticketing.Tests;

/// <summary>T8: the pseudonym departments see cannot be recomputed from the roster without the platform's key.</summary>
public sealed class ReporterPseudonymTests
{
    private static readonly Guid Issue = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly Guid Reporter = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    [Fact]
    public void Pseudonym_IsKeyed_NotTheUnkeyedHashAnyoneCouldCompute()
    {
        var unkeyed = $"监督员-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Issue:N}:{Reporter:N}")), 0, 3)}";
        var pseudonyms = With("a-secret-key-of-the-district-2026");

        var shown = pseudonyms.For(Issue, Reporter);

        Assert.StartsWith("监督员-", shown);
        Assert.NotEqual(unkeyed, shown);
        Assert.Equal(shown, pseudonyms.For(Issue, Reporter));
        Assert.NotEqual(shown, With("another-secret-key-entirely").For(Issue, Reporter));
        Assert.NotEqual(shown, pseudonyms.For(Guid.NewGuid(), Reporter));
    }

    [Fact]
    public void OutsideDevelopment_ADevelopmentOrMissingKey_RefusesToStart()
    {
        Assert.Throws<InvalidOperationException>(() => With(null, "Production"));
        Assert.Throws<InvalidOperationException>(() => With(ReporterPseudonyms.DevelopmentKey, "Production"));
        Assert.Throws<InvalidOperationException>(() => With("short", "Production"));
    }

    private static ReporterPseudonyms With(string? key, string environment = "Development") => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Ticketing:PseudonymKey"] = key }).Build(),
        new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Jinning.Ticketing";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
