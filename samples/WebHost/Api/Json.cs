using System.Text;

namespace WebHost.Api;

/// <summary>JSON text written by the library's own writers, returned as it is (ASP.NET's serializer never sees it).</summary>
internal static class Json
{
    public static IResult Text(string json, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(json, "application/json; charset=utf-8", Encoding.UTF8, status);

    public static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }
}
