using System.Text.Json;

namespace Jinning.ServiceDefaults;

/// <summary>Parses the lowercase-kebab enum values of the public contract, collecting a Chinese error per bad field.</summary>
public static class KebabEnum
{
    public static string Format<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum? Parse<TEnum>(IDictionary<string, string[]> errors, string field, string? value, string label)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Format(candidate), value, StringComparison.Ordinal))
            {
                return candidate;
            }
        }
        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(Format));
        errors[field] = [string.IsNullOrWhiteSpace(value) ? $"{label}不能为空。" : $"{label}“{value}”无效，可选值：{allowed}。"];
        return null;
    }
}
