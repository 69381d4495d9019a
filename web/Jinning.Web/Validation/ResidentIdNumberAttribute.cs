using System.ComponentModel.DataAnnotations;

namespace Jinning.Web.Validation;

/// <summary>
/// A citizen ID number (GB 11643-1999): 17 digits and a check character computed from them, so a
/// mistyped digit is caught beside the field before the nomination is sent.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ResidentIdNumberAttribute : ValidationAttribute
{
    public const string FormatMessage = "身份证号码应为 18 位（最后一位可为 X）。";
    public const string CheckDigitMessage = "身份证号码校验位不正确，请逐位核对。";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string { Length: > 0 } text)
        {
            return ValidationResult.Success;
        }
        var members = validationContext.MemberName is { } member ? new[] { member } : null;
        return Problem(text.Trim()) is { } message ? new ValidationResult(message, members) : ValidationResult.Success;
    }

    /// <summary>What is wrong with <paramref name="idNumber"/>, or null when it is well formed and its check character matches.</summary>
    public static string? Problem(string idNumber)
    {
        if (idNumber.Length != 18 || !idNumber[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(idNumber[17]) || idNumber[17] is 'X' or 'x'))
        {
            return FormatMessage;
        }
        return char.ToUpperInvariant(idNumber[17]) == CheckCharacter(idNumber) ? null : CheckDigitMessage;
    }

    /// <summary>The check character of the first 17 digits: their weighted sum modulo 11, read through 1 0 X 9 8 7 6 5 4 3 2.</summary>
    public static char CheckCharacter(string idNumber)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (idNumber[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
