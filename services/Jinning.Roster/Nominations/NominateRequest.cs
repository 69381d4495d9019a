using System.Text.RegularExpressions;
using Jinning.ServiceDefaults;
using Jinning.Reference;

namespace Jinning.Roster.Nominations;

public sealed partial record NominateRequest(
    string? Name,
    string? IdNumber,
    string? Phone,
    string? Email,
    string? Workplace,
    string? Background,
    bool SmallOrMediumEnterprise,
    string? NominatingUnit,
    string? Statement)
{
    public Dictionary<string, string[]> Validate(out CandidateBackground background)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 50) errors["name"] = ["姓名不能为空，且不超过 50 个字符。"];
        else InputText.Required(errors, "name", Name, 50, "姓名");
        if (IdNumber is null || !ResidentIdNumber().IsMatch(IdNumber)) errors["idNumber"] = ["身份证号码应为 18 位（最后一位可为 X）。"];
        if (Phone is not null && !PhoneNumber().IsMatch(Phone)) errors["phone"] = ["联系电话格式不正确。"];
        if (Email is not null && (Email.Length > 200 || !Email.Contains('@') || InputText.HasControlCharacters(Email)))
            errors["email"] = ["电子邮箱格式不正确。"];
        if (string.IsNullOrWhiteSpace(Workplace) || Workplace.Length > 200) errors["workplace"] = ["工作单位不能为空，且不超过 200 个字符。"];
        else InputText.Required(errors, "workplace", Workplace, 200, "工作单位");
        if (NominatingUnit is null || !DistrictReference.NominatingUnits.ContainsKey(NominatingUnit))
            errors["nominatingUnit"] = [$"推荐单位无效，可选值：{string.Join(", ", DistrictReference.NominatingUnits.Keys)}。"];
        if (Statement?.Length > 2000) errors["statement"] = ["推荐理由不超过 2000 个字符。"];
        else InputText.Optional(errors, "statement", Statement, 2000, "推荐理由");
        background = KebabEnum.Parse<CandidateBackground>(errors, "background", Background, "人员类别") ?? default;
        return errors;
    }

    [GeneratedRegex(@"^[0-9]{17}[0-9Xx]\z")]
    private static partial Regex ResidentIdNumber();

    [GeneratedRegex(@"^[0-9\-+ ]{7,20}\z")]
    private static partial Regex PhoneNumber();
}
