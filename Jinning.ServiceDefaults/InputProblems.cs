using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.ServiceDefaults;

/// <summary>Bad input answered as an RFC 7807 validation problem listing each field, under one title people read.</summary>
public static class InputProblems
{
    public const string Title = "请求参数有误";

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors, title: Title);

    public static ValidationProblem Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
