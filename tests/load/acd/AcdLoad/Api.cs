using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CallCenter.AcdLoad;

/// <summary>The Host's HTTP API as a signed-in user (bearer token from /api/account/token, as the e2e tests get it).</summary>
public sealed class Api(HttpClient http)
{
    public static async Task<Api> SignInAsync(HttpClient shared, string baseUrl, string userName, string password)
    {
        var response = await shared.PostAsJsonAsync($"{baseUrl}/api/account/token", new { userName, password });
        var body = await Checked(response, $"token for {userName}");
        var token = body!["accessToken"]!.GetValue<string>();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new Api(http) { Token = token };
    }

    public string Token { get; private init; } = "";

    public async Task<JsonNode?> GetAsync(string path) => await Checked(await http.GetAsync(path), path);

    public async Task<JsonNode?> PostAsync(string path, object? body) => await Checked(await http.PostAsJsonAsync(path, body), path);

    public async Task<JsonNode?> PutAsync(string path, object body) => await Checked(await http.PutAsJsonAsync(path, body), path);

    private static async Task<JsonNode?> Checked(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new ApiException((int)response.StatusCode, $"{what}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
