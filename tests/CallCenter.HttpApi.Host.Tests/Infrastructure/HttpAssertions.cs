using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CallCenter.Infrastructure;

public static class HttpAssertions
{
    public static async Task<T> ShouldSucceedWith<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new ShouldAssertException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }

    /// <summary>Asserts a ProblemDetails with the status and code; returns its "errors" (field → messages), empty when none.</summary>
    public static async Task<Dictionary<string, string[]>> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe((int)status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var doc = JsonDocument.Parse(body);
        doc.RootElement.GetProperty("code").GetString().ShouldBe(code, body);
        return doc.RootElement.TryGetProperty("errors", out var errors)
            ? errors.Deserialize<Dictionary<string, string[]>>()!
            : [];
    }
}
