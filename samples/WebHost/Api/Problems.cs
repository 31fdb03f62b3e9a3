using LaiChau.PlanRules;

namespace WebHost.Api;

/// <summary>
/// RFC 9457 problem details for the library's input errors: the reason, the JSON path, line and column; the title,
/// the reason and the message in Vietnamese, or in English for <c>lang=en</c>.
/// </summary>
internal static class Problems
{
    public static IResult BadInput(PlanRulesInputException e, string? lang) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: lang == "en" ? "Invalid evidence" : "Dữ liệu chứng cứ không hợp lệ",
        detail: e.LocalizedReason.In(lang == "en" ? "en" : "vi"),
        type: "urn:laichau-planrules:problem:invalid-evidence", // no public site exists; docs/evidence-format.md describes the format
        extensions: new Dictionary<string, object?>
        {
            ["jsonPath"] = e.JsonPath,
            ["line"] = e.LineNumber,
            ["column"] = e.LinePosition,
            ["message"] = e.GetMessage(lang == "en" ? "en" : "vi"),
        });

    public static IResult NotFound(string what) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);
}
