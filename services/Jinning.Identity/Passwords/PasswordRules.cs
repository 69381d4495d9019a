namespace Jinning.Identity.Passwords;

public static class PasswordRules
{
    public const int MinimumLength = 10;

    public static void Check(IDictionary<string, string[]> errors, string field, string? password)
    {
        if (password is null || password.Length < MinimumLength)
        {
            errors[field] = [$"密码至少 {MinimumLength} 个字符。"];
        }
        else if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            errors[field] = ["密码须同时包含字母和数字。"];
        }
    }
}
