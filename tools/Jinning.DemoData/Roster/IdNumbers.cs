namespace Jinning.DemoData.Roster;

/// <summary>
/// Resident ID numbers (居民身份证号码, GB 11643) that look real and are never anyone's: region of
/// registration, birth date, a sequence whose last digit is odd for men and even for women, and the
/// ISO 7064 MOD 11-2 check character. The roster knows a person by this number, so each is unique.
/// </summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string For(Person person, int serial)
    {
        var sequence = (serial * 2 % 100) * 10 + (person.Female ? 2 : 1) + (serial % 4) * 2;
        var body = $"{person.Region}{person.Born:yyyyMMdd}{sequence % 1000:000}";
        return body + CheckCharacter(body);
    }

    public static char CheckCharacter(string seventeenDigits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (seventeenDigits[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
