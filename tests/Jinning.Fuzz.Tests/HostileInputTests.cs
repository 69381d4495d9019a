using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CsCheck;
using Xunit.Abstractions;

namespace Jinning.Fuzz.Tests;

/// <summary>
/// Issue 15's fuzz suite: every route of every service's OpenAPI document (and the token endpoint
/// and login page), as every role, gets malformed JSON, wrong types, NUL and control characters,
/// huge strings and numbers, invalid dates, unknown enum values, path traversal, wrong content types
/// and oversized headers. It passes only if nothing answers 5xx. First every route meets every kind
/// and every role at least once; then CsCheck samples at random until the time budget
/// (<c>JINNING_FUZZ_SECONDS</c>, 120 by default) runs out.
/// </summary>
public sealed class HostileInputTests(FuzzPlatform fuzz, ITestOutputHelper output) : IClassFixture<FuzzPlatform>
{
    private static readonly AttackKind[] Kinds = Enum.GetValues<AttackKind>();
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _sent;

    [Fact]
    public async Task NoRoute_AnswersAnyRoleOrHostileInputWith5xx()
    {
        var budget = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("JINNING_FUZZ_SECONDS"), out var s) ? s : 120);
        var clock = Stopwatch.StartNew();
        var operations = fuzz.Operations;
        Assert.True(operations.Count > 50, $"only {operations.Count} routes were read from the OpenAPI documents");

        // Coverage: each route with each kind (a role drawn at random), and each route as each role (a kind drawn at random).
        var pairs = operations.SelectMany(operation => Kinds.Select(kind => (operation, role: -1, kind)))
            .Concat(operations.SelectMany(operation => Enumerable.Range(0, FuzzPlatform.RoleNames.Length)
                .Select(role => (operation, role, kind: (AttackKind)(-1)))))
            .ToList();
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (pair, _) =>
        {
            var role = pair.role >= 0 ? pair.role : Random.Shared.Next(FuzzPlatform.RoleNames.Length);
            var kind = (int)pair.kind >= 0 ? pair.kind : Kinds[Random.Shared.Next(Kinds.Length)];
            await HostileRequests.For(pair.operation, role, kind).SampleAsync(SendAsync, iter: 1, threads: 1);
        });
        var covered = _sent;

        // Then at random across everything, as long as the budget allows.
        var remaining = budget - clock.Elapsed;
        if (remaining > TimeSpan.FromSeconds(5))
        {
            var anything = Gen.SelectMany(Gen.Int[0, operations.Count - 1], Gen.Int[0, FuzzPlatform.RoleNames.Length - 1], Gen.OneOf(Kinds),
                (operation, role, kind) => HostileRequests.For(operations[operation], role, kind));
            await anything.SampleAsync(SendAsync, time: (int)remaining.TotalSeconds, threads: 4);
        }

        var summary = $"Fuzz: {_sent} hostile requests ({covered} for coverage of {operations.Count} routes × {Kinds.Length} kinds "
            + $"× {FuzzPlatform.RoleNames.Length} roles) in {clock.Elapsed.TotalSeconds:0} s; answers "
            + string.Join(", ", _statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"));
        output.WriteLine(summary);
        Console.WriteLine(summary);
        WriteSummary(summary);
        Assert.True(_failures.IsEmpty, $"{_failures.Count} answers were 5xx:\n" + string.Join("\n", _failures.Take(30)));
    }

    /// <summary>Sends one hostile request; a 5xx is recorded (all are reported at the end), anything else is fine.</summary>
    private async Task SendAsync(Hostile hostile)
    {
        HttpRequestMessage request;
        try
        {
            request = HostileRequests.Build(hostile, fuzz.Tokens[hostile.Role]);
        }
        catch (Exception exception) when (exception is UriFormatException or FormatException or InvalidOperationException)
        {
            return; // HttpClient itself refuses to send it: no server ever sees it.
        }
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await fuzz.Platform.Gateway.SendAsync(request);
            }
            catch (HttpRequestException) when (hostile.Kind == AttackKind.OversizedHeaders || PastTheRequestLineLimit(request))
            {
                Interlocked.Increment(ref _sent);
                return; // The server closed the connection on headers or a request line past its limit: refused, not a 5xx.
            }
            catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException { InnerException: FormatException })
            {
                return; // Refused by the client before sending (header value rules).
            }
            using (response)
            {
                Interlocked.Increment(ref _sent);
                var status = (int)response.StatusCode;
                _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    _failures.Enqueue($"{status} ← {hostile}: {(body.Length > 300 ? body[..300] : body)}");
                }
            }
        }
    }

    /// <summary>For <c>./test.sh</c>, which prints it after the summary line of the run.</summary>
    private static void WriteSummary(string summary)
    {
        var directory = Path.Combine(Jinning.Testing.RepositoryPaths.Root, "TestResults");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "fuzz-summary.txt"), summary + Environment.NewLine);
    }

    /// <summary>Kestrel answers 414 to a request line over 8 KB and closes the connection, often before the client reads the answer.</summary>
    private static bool PastTheRequestLineLimit(HttpRequestMessage request) => request.RequestUri?.OriginalString.Length > 8 * 1024;
}
