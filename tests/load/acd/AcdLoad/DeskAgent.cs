using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CallCenter.AcdLoad;

/// <summary>
/// One simulated agent at the 坐席工作台: what the page does, without the browser. On CallOffered it fetches the screen
/// pop (/api/screen-pop, the page's one request) and tells the hub ScreenPopShown — the hub's ring-to-screen-pop clock
/// stops there. In wrap-up it saves the contact (/api/contacts, as the wrap-up form does), reports the disposition and
/// ends wrap-up, exactly the page's finishWrapUp.
/// </summary>
public sealed class DeskAgent(string userName, string extension, Api api, HubConnection hub, DeskFigures figures, string categoryId, int wrapMs)
{
    private readonly object _sync = new();
    private string? _lastCall;
    private string? _lastCaller;
    private string? _wrappedCall;

    public string UserName => userName;
    public string Extension => extension;
    public HubConnection Hub => hub;

    public void Wire()
    {
        hub.On<JsonElement>("CallOffered", call => { _ = PopAsync(call); });
        hub.On<JsonElement>("CallConnected", call =>
        {
            lock (_sync)
            {
                _lastCall = call.GetProperty("callRecordId").GetString();
                _lastCaller = call.GetProperty("callerNumber").GetString();
            }
            Interlocked.Increment(ref figures.Connected);
        });
        hub.On<JsonElement, string>("CallEnded", (_, _) => { });
        hub.On<JsonElement>("AgentChanged", snapshot => { _ = OnChangedAsync(snapshot); });
    }

    public async Task StartAsync()
    {
        await hub.StartAsync();
        Expect(await hub.InvokeAsync<JsonElement>("Login", (IReadOnlyList<Guid>?)null), "Login");
        Expect(await hub.InvokeAsync<JsonElement>("SetReady"), "SetReady");
    }

    public async Task<string> StateAsync()
    {
        var desk = await hub.InvokeAsync<JsonElement>("GetDesk");
        return desk.GetProperty("desk").GetProperty("state").GetString() ?? "?";
    }

    public async Task<bool> PhoneRegisteredAsync()
    {
        var desk = await hub.InvokeAsync<JsonElement>("GetDesk");
        return desk.GetProperty("desk").GetProperty("phoneRegistered").GetBoolean();
    }

    private async Task PopAsync(JsonElement call)
    {
        var received = DateTimeOffset.UtcNow;
        try
        {
            var id = call.GetProperty("callRecordId").GetGuid();
            var offeredAt = call.GetProperty("offeredAt").GetDateTimeOffset();
            Interlocked.Increment(ref figures.Offered);
            figures.Push.Record((received - offeredAt).TotalMilliseconds);
            var phone = "/api/screen-pop?phone=" + Uri.EscapeDataString(call.GetProperty("callerNumber").GetString() ?? "");
            // As the page: one retry on a 5xx (App.tsx's query retry), and the pop counts as shown with an error too.
            try
            {
                try { await api.GetAsync(phone); }
                catch (ApiException e) when (e.Status >= 500) { Interlocked.Increment(ref figures.Retries); await api.GetAsync(phone); }
            }
            catch (Exception e)
            {
                figures.Error($"{extension} pop: {e.Message}");
            }
            await hub.SendAsync("ScreenPopShown", id);
            figures.Pop.Record((DateTimeOffset.UtcNow - offeredAt).TotalMilliseconds);
        }
        catch (Exception e)
        {
            figures.Error($"{extension} pop: {e.Message}");
        }
    }

    private async Task OnChangedAsync(JsonElement snapshot)
    {
        var state = snapshot.GetProperty("state").GetString();
        if (state == "NotReady" && snapshot.GetProperty("notReadyReason").GetString() == "未接")
        {
            // N missed rings in a row: counted (the summary shows it) and readied again so the load goes on.
            Interlocked.Increment(ref figures.MissedNotReady);
            await Safe("SetReady after misses", () => hub.InvokeAsync<JsonElement>("SetReady"));
            return;
        }
        if (state != "WrapUp") return;
        string? call, caller;
        lock (_sync)
        {
            if (_lastCall is null || _wrappedCall == _lastCall) return;
            _wrappedCall = _lastCall;
            call = _lastCall;
            caller = _lastCaller;
        }
        try
        {
            if (wrapMs > 0) await Task.Delay(wrapMs);
            var input = new { channel = "Phone", callerNumber = caller, categoryId, notes = "压测", resolvedOnFirstContact = true, callId = call };
            System.Text.Json.Nodes.JsonNode? contact = null;
            // A busy Host answers 503: the agent clicks Save again a second later (at most three tries).
            for (var attempt = 1; contact is null; attempt++)
            {
                try { contact = await api.PostAsync("/api/contacts", input); }
                catch (ApiException e) when (e.Status >= 500 && attempt < 3) { Interlocked.Increment(ref figures.Retries); await Task.Delay(1000); }
            }
            var contactId = contact!["id"]!.GetValue<string>();
            var recorded = await hub.InvokeAsync<JsonElement>("DispositionRecorded", Guid.Parse(call!), Guid.Parse(contactId), true);
            Expect(recorded, "DispositionRecorded");
            // Wrap-up may have run out meanwhile (the page does the same check).
            if (recorded.GetProperty("desk").GetProperty("state").GetString() == "WrapUp")
                Expect(await hub.InvokeAsync<JsonElement>("EndWrapUp", false), "EndWrapUp");
            Interlocked.Increment(ref figures.WrappedUp);
        }
        catch (Exception e)
        {
            figures.Error($"{extension} wrap-up of {call}: {e.Message}");
        }
    }

    private async Task Safe(string what, Func<Task<JsonElement>> action)
    {
        try { Expect(await action(), what); }
        catch (Exception e) { figures.Error($"{extension} {what}: {e.Message}"); }
    }

    private static void Expect(JsonElement result, string what)
    {
        if (!result.GetProperty("succeeded").GetBoolean())
            throw new InvalidOperationException($"{what} refused: {result.GetProperty("code")}");
    }
}
