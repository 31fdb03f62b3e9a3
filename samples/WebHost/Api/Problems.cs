using LaiChau.PlanRules;

namespace WebHost.Api;

/// <summary>RFC 9457 problem details for the library's input errors: the reason, the JSON path, line and column.</summary>
internal static class Problems
{
    public static IResult BadInput(PlanRulesInputException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid evidence",
        detail: e.Reason,
        type: "urn:laichau-planrules:problem:invalid-evidence", // no public site exists; docs/evidence-format.md describes the format
        extensions: new Dictionary<string, object?>
        {
            ["jsonPath"] = e.JsonPath,
            ["line"] = e.LineNumber,
            ["column"] = e.LinePosition,
            ["message"] = e.Message,
        });

    public static IResult NotFound(string what) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);
}
