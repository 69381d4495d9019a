using CsCheck;

namespace Jinning.Fuzz.Tests;

/// <summary>What a hostile request varies: each kind of the list.</summary>
public enum AttackKind
{
    MalformedJson,
    WrongTypes,
    ControlCharacters,
    HugeValues,
    InvalidDates,
    UnknownEnums,
    PathTraversal,
    WrongContentType,
    OversizedHeaders,
}

/// <summary>Generators of the values hostile clients send (CsCheck, so a failure is reported with its seed).</summary>
public static class HostileInput
{
    public static readonly Gen<string> MalformedJson = Gen.OneOf<string>(
        Gen.OneOf("{", "{\"title\":", "[1,2", "{\"a\":tru}", "{\"title\":\"\\u0000\"}", "{\"title\":\"a\\u0000b\"}", "nul", "\"",
            "{\"page\":1e999999}", "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]}}}}}", "{,}", "{\"x\":\"\\ud800\"}",
            "\uFEFF{}", "{}garbage", "[]", "123", "true", "{\"title\":\"\u0000\"}"),
        Gen.Char.Array[1, 200].Select(chars => new string(chars)),
        Gen.Const(new string('[', 5000)));

    public static readonly Gen<string> ControlText = Gen.OneOf<string>(
        Gen.OneOf("\0", "a\0b", "\u0001\u0002\u0003", "\u001b[31m红\u001b[0m", "\u202e反转", "\uFEFF", "\uFFFF", "\uFFFE",
            "line\r\nX-Injected: 1", "\ud800", "\udfff孤", "%00", "\u0085\u2028\u2029", "\t\v\f"),
        Gen.Char[(char)0, (char)31].Array[1, 20].Select(chars => "测试" + new string(chars)));

    public static readonly Gen<string> HugeText = Gen.OneOf<string>(
        Gen.Int[10_000, 200_000].Select(n => new string('字', n)),
        Gen.Int[1_000, 70_000].Select(n => new string('a', n)));

    public static readonly Gen<string> HugeNumber = Gen.OneOf("1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809",
        "2147483648", "-2147483649", "1.5", "-1", "0", "NaN", "Infinity", "0x10", "1_000", "٣");

    public static readonly Gen<string> InvalidDate = Gen.OneOf("2026-13-45", "2026-02-30", "2026-02-30T25:61:61+08:00", "0000-00-00",
        "99999-12-31", "2026-11-27T00:00:00+99:00", "now", "2026-H9", "2026-99", "-2026-01-01", "2026/11/27", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.9999999+14:00", "");

    public static readonly Gen<string> UnknownEnum = Gen.OneOf("not-a-value", "", "   ", "TRANSFER", "transfer\0", "0", "999", "null",
        "retaliation ", "Problem", "office", "../../etc/passwd");

    public static readonly Gen<string> Traversal = Gen.OneOf("..", "../..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e", "%00", "%ff%fe",
        "..%5c..%5c", "a/../../b", new string('x', 5000), "%", "%%", "%zz", ";", "%3B", "%0d%0a", "~root", "00000000-0000-0000-0000-000000000000",
        "JN-2026-0001%00", "%u002e%u002e");

    public static readonly Gen<string> ContentType = Gen.OneOf("text/plain", "application/xml", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded", "application/json; charset=utf-7", "image/png", "application/octet-stream", "*/*", "application/json; charset=gbk");

    /// <summary>A value of the wrong JSON type for a field of <paramref name="type"/>.</summary>
    public static Gen<string> WrongType(string type) => type switch
    {
        "string" => Gen.OneOf("123", "true", "{}", "[1,2]", "{\"a\":\"b\"}", "-0.5"),
        "integer" or "number" => Gen.OneOf("\"十\"", "true", "{}", "[]", "\"1\"", "1.5e3", "\"\""),
        "boolean" => Gen.OneOf("\"yes\"", "1", "{}", "[]", "\"true\""),
        "array" => Gen.OneOf("\"a\"", "1", "{}", "[null]", "[[]]", "[{}]"),
        _ => Gen.OneOf("\"x\"", "1", "[]", "true"),
    };

    /// <summary>Headers past what servers expect: a long bearer token, a long header, a forged token, many headers.</summary>
    public static readonly Gen<(string Name, string Value)[]> OversizedHeaders = Gen.OneOf<(string Name, string Value)[]>(
        Gen.Int[8_000, 60_000].Select(n => new[] { ("Authorization", "Bearer " + new string('A', n)) }),
        Gen.Int[8_000, 60_000].Select(n => new[] { ("X-Junk", new string('x', n)) }),
        Gen.Const(new[] { ("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6Im9mZmljZSJ9.") }),
        Gen.Const(new[] { ("Authorization", "Bearer a.b.c") }),
        Gen.Const(new[] { ("Authorization", "Basic " + new string('=', 300)) }),
        Gen.Const(Enumerable.Range(0, 150).Select(i => ($"X-Many-{i}", new string('m', 100))).ToArray()),
        Gen.Int[101, 3000].Select(n => new[] { ("Idempotency-Key", new string('k', n)) }),
        Gen.Const(new[] { ("Idempotency-Key", "key\u0001with-control") }),
        Gen.Const(new[] { ("Accept", "application/json;q=" + new string('9', 5000)) }),
        Gen.Const(new[] { ("Cookie", string.Join("; ", Enumerable.Range(0, 300).Select(i => $"c{i}={new string('v', 50)}"))) }));
}
