using CallCenter.Errors;
using CallCenter.Localization;

namespace CallCenter.Input;

/// <summary>
/// The shared input guard, in front of every endpoint rather than in each: refuses what no endpoint could store —
/// U+0000 in a query value or JSON string (PostgreSQL text cannot hold it; it used to surface as a 500 from
/// 22021/22P05) — and paging outside <see cref="PagingContract"/>. Runs after authorization, so an anonymous caller
/// still gets 401 first. A %00 in the path itself never gets here: Kestrel refuses it while parsing the request line
/// (a 400 without a body, which no application code can shape).
/// </summary>
public sealed class InputGuardMiddleware(RequestDelegate next)
{
    /// <summary>Bodies larger than this are not scanned (none of the API's JSON bodies comes near it); the database safety net still answers 400.</summary>
    private const int MaxScannedBody = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        var nulFields = new List<string>();
        foreach (var (key, values) in request.Query)
            if (key.Contains('\0') || values.Any(v => v?.Contains('\0') == true))
                nulFields.Add(InputProblem.FieldName(key.Replace("\0", "", StringComparison.Ordinal)));
        if (nulFields.Count == 0 && IsJson(request) && await BodyNulPathAsync(request) is { } path)
            nulFields.Add(path);
        if (nulFields.Count > 0)
        {
            var message = L.Get("Validation:NulCharacter");
            await InputProblem.WriteAsync(http, StatusCodes.Status400BadRequest, InputErrorCodes.NulCharacter,
                nulFields.Distinct().ToDictionary(f => f.Length == 0 ? "query" : f, _ => new[] { message }));
            return;
        }
        if (request.Path.StartsWithSegments("/api") && PagingContract.Validate(request.Query) is { } paging)
        {
            await InputProblem.WriteAsync(http, StatusCodes.Status400BadRequest, InputErrorCodes.PagingInvalid, paging);
            return;
        }
        await next(http);
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && (type.Contains("/json", StringComparison.OrdinalIgnoreCase) || type.Contains("+json", StringComparison.OrdinalIgnoreCase))
        && request.ContentLength is null or (> 0 and <= MaxScannedBody);

    /// <summary>
    /// Buffers the body (so the endpoint reads it again from the start) and looks for an escaped NUL in chunks, without a
    /// second copy of the body: this runs on every JSON request. Only a body that holds one (rare, hostile) is read again
    /// whole, to name the field.
    /// </summary>
    private static async Task<string?> BodyNulPathAsync(HttpRequest request)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxScannedBody);
        var aborted = request.HttpContext.RequestAborted;
        try
        {
            if (!await JsonNulScanner.ContainsEscapedNulAsync(request.Body, aborted)) return null;
            request.Body.Position = 0;
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, aborted);
            return JsonNulScanner.FindNul(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        }
        catch (IOException)
        {
            // Over the buffer limit: leave the body to the endpoint's own size rules.
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
