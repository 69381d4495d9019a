using System.Security.Cryptography;

namespace Jinning.Identity.Accounts;

/// <summary>One-time activation codes handed to an account's holder, and secrets nobody is meant to know.</summary>
public static class ActivationCodes
{
    /// <summary>Without 0/O, 1/I/L: read aloud or copied from paper without mistakes.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 12);

    /// <summary>A department client's secret until the department activates: nobody holds it, so nobody signs in with it.</summary>
    public static string Unusable() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
