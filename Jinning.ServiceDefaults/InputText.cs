namespace Jinning.ServiceDefaults;

/// <summary>
/// Free text as people type it: trimmed, bounded, and without NUL or other control characters
/// (PostgreSQL refuses NUL in text, which would otherwise surface as a 500). Each bad field adds a
/// Chinese error under its name.
/// </summary>
public static class InputText
{
    public static string? Required(IDictionary<string, string[]> errors, string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            errors[field] = [$"{label}不能为空，且不超过 {maxLength} 字。"];
            return null;
        }
        return Clean(errors, field, value, label);
    }

    public static string? Optional(IDictionary<string, string[]> errors, string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (value.Trim().Length > maxLength)
        {
            errors[field] = [$"{label}不超过 {maxLength} 字。"];
            return null;
        }
        return Clean(errors, field, value, label);
    }

    /// <summary>Tabs and line breaks are text; every other control character is not.</summary>
    public static bool HasControlCharacters(string value) => value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    private static string? Clean(IDictionary<string, string[]> errors, string field, string value, string label)
    {
        if (HasControlCharacters(value))
        {
            errors[field] = [$"{label}含有不允许的控制字符。"];
            return null;
        }
        return value.Trim();
    }
}
