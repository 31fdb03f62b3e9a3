using System.Globalization;
using System.Text;

namespace LaiChau.PlanRules.Bodies;

/// <summary>Checks the ids of bodies and groups: ASCII, <c>[a-z0-9-]+</c>.</summary>
internal static class CatalogIds
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id)) return false;
        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return false;
        }

        return true;
    }

    public static string Require(string? id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        if (!IsValid(id))
        {
            throw LocalizedArgument.Create($"'{id}' không phải là mã hợp lệ: chỉ dùng chữ cái ASCII viết thường, chữ số và '-'.", $"'{id}' is not a valid id: use lower-case ASCII letters, digits and '-' only.", paramName);
        }

        return id;
    }

    public static string? OptionalText(string? text, string paramName)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            throw LocalizedArgument.Create("Văn bản phải là null hoặc không để trống.", "The text must be null or not blank.", paramName);
        }

        return text?.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, culture-invariant.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static T Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(T).Name}.");
        }

        return value;
    }
}
