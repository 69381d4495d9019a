using System.Security.Cryptography;

namespace Jinning.Web.Components.Pages.Office.Accounts;

/// <summary>
/// A password the office hands to a new or locked-out person, who changes it after signing in. Long
/// enough for identity's rules (10+ characters, letters and digits), without characters read alike (0/O, 1/l/I).
/// </summary>
public static class InitialPassword
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string New(int length = 12)
    {
        var characters = new char[length];
        for (var i = 0; i < length; i++)
        {
            var pool = i % 3 == 2 ? Digits : Letters;
            characters[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
        }
        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }
}
