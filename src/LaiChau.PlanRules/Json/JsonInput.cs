namespace LaiChau.PlanRules.Json;

/// <summary>
/// A JSON input that passed the strict first pass (<see cref="StrictJsonSyntax"/>), held once as its UTF-8 bytes
/// (no byte-order mark): what <see cref="StrictJson.Deserialize{T}(JsonInput, Newtonsoft.Json.Serialization.IContractResolver?)"/>
/// maps and what <see cref="StrictJson.Locate(JsonInput, string?)"/> finds a path's line in.
/// </summary>
internal sealed record JsonInput(byte[] Utf8, string FileName, JsonInputLimits Limits, bool AllowComments);
