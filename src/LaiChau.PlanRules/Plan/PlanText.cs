using System.Text;
using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Plan;

/// <summary>Checks shared by the plan's types: required text, ids, task ids.</summary>
internal static partial class PlanText
{
    /// <summary>The longest id accepted (body, group, template, policy and plan ids).</summary>
    public const int MaxIdLength = 100;

    /// <summary>The longest appendix task id accepted.</summary>
    public const int MaxTaskIdLength = 64;

    /// <summary>
    /// True when <paramref name="id"/> is an id: lowercase ASCII letters and digits in groups joined by single
    /// hyphens (<c>so-noi-vu</c>, <c>provincial-departments</c>), at most <see cref="MaxIdLength"/> characters.
    /// </summary>
    public static bool IsId(string? id) => id is { Length: > 0 and <= MaxIdLength } && IdPattern().IsMatch(id);

    /// <summary>True when <paramref name="id"/> is an appendix task id: <c>[A-Za-z0-9_-]+</c>, at most 64 characters.</summary>
    public static bool IsTaskId(string? id) => id is { Length: > 0 and <= MaxTaskIdLength } && TaskIdPattern().IsMatch(id);

    /// <summary>Why <paramref name="value"/> is not a required text, or null when it is one.</summary>
    public static string? RequiredProblem(string? value) => value switch
    {
        null => "is missing",
        "" => "is empty",
        _ when string.IsNullOrWhiteSpace(value) => "is blank",
        _ when char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) => "has spaces at its start or end",
        _ => null,
    };

    /// <summary>The Vietnamese of <see cref="RequiredProblem"/> (for a value that has one).</summary>
    internal static string RequiredProblemVi(string? value) => value switch
    {
        null => "bị thiếu",
        "" => "để trống",
        _ when string.IsNullOrWhiteSpace(value) => "chỉ có khoảng trắng",
        _ => "có khoảng trắng ở đầu hoặc cuối",
    };

    /// <summary>Returns <paramref name="value"/> in NFC, or throws <see cref="ArgumentException"/> naming the parameter.</summary>
    public static string Required(string? value, string paramName)
    {
        var problem = RequiredProblem(value);
        if (problem is not null)
        {
            throw LocalizedArgument.Create(
                $"Giá trị {paramName} {RequiredProblemVi(value)}: cần một văn bản không rỗng, không có khoảng trắng ở đầu hay cuối.",
                $"The {paramName} {problem}: a non-empty text without surrounding spaces is required.",
                paramName);
        }

        return value!.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Like <see cref="Required"/>, but null is allowed.</summary>
    public static string? Optional(string? value, string paramName) => value is null ? null : Required(value, paramName);

    /// <summary>Returns <paramref name="id"/> when it is an id (see <see cref="IsId"/>); throws otherwise.</summary>
    public static string Id(string? id, string paramName) => IsId(id)
        ? id!
        : throw LocalizedArgument.Create(
            $"Giá trị {paramName} '{id}' không phải là mã: hãy dùng chữ cái ASCII viết thường và chữ số, nối bằng một dấu gạch nối, ví dụ 'so-noi-vu'.",
            $"The {paramName} '{id}' is not an id: use lowercase ASCII letters and digits joined by single hyphens, such as 'so-noi-vu'.",
            paramName);

    /// <summary>Like <see cref="Id"/>, but null is allowed.</summary>
    public static string? OptionalId(string? id, string paramName) => id is null ? null : Id(id, paramName);

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex TaskIdPattern();
}
