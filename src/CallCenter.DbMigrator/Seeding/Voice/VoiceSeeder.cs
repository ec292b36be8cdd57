using CallCenter.Calls;
using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using CallCenter.Interruptions;
using CallCenter.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Seeding.Voice;

/// <summary>
/// Demo data of the voice feature: the voice permissions for roles of an existing database, one active heating
/// interruption, and three past IVR calls (voicemail with a callback, transfer, after hours), so the pages show
/// something before the first real call. Prompts are not seeded here: the SIP node synthesizes them at start.
/// </summary>
public sealed class VoiceSeeder(CallCenterDbContext db, TimeProvider clock, ILogger logger)
{
    private static readonly string[] Prefixes =
        [CallCenterPermissions.Calls.Default, CallCenterPermissions.Interruptions.Default, CallCenterPermissions.Prompts.Default];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await SeedGrantsOnceAsync(ct);
        var now = clock.GetUtcNow();
        if (!await db.HeatingInterruptions.IgnoreQueryFilters().AnyAsync(ct))
        {
            var station = await db.Stations.OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(ct);
            if (station is not null)
                db.HeatingInterruptions.Add(new HeatingInterruption(station.Id, [], now.AddHours(-2), now.AddHours(6),
                    $"{station.Name}一次网管道抢修，所供小区暂停供热"));
        }
        if (!await db.CallRecords.AnyAsync(ct)) SeedCalls(now);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Voice demo data ready");
    }

    private void SeedCalls(DateTimeOffset now)
    {
        var voicemail = Call("13800138000", now.AddHours(-3), "RemoteHangup", "1",
            ("incoming", "IncomingCall", "96556"), ("answer", "Answer", null), ("greeting", "PlayPrompt", "greeting"),
            ("hours", "CheckBusinessHours", "Open"), ("lookup", "LookupCaller", "1000000001"), ("outage", "PlayOutageNotice", "None"),
            ("menu", "Menu", "1:1"), ("repair", "RecordMessage", "3000 ms"), ("bye", "Hangup", null));
        var recording = new CallRecording(voicemail.Id, "Voicemail", voicemail.StartedAt.AddSeconds(20), 3000, DemoWav(3));
        db.CallRecordings.Add(recording);
        db.CallbackTasks.Add(new CallbackTask(voicemail.Id, voicemail.CallerNumber, "repair", recording.Id, voicemail.StartedAt.AddSeconds(25)));
        Call("13900001111", now.AddHours(-2), "LocalHangup", "0",
            ("incoming", "IncomingCall", "96556"), ("answer", "Answer", null), ("greeting", "PlayPrompt", "greeting"),
            ("hours", "CheckBusinessHours", "Open"), ("lookup", "LookupCaller", "Unknown"), ("menu", "Menu", "1:0"),
            ("agent", "TransferToNumber", "sip:8000@127.0.0.1:5070"), ("agent", "TransferToNumber", "REFER 202"));
        Call("045188885555", now.AddHours(-14), "RemoteHangup", "",
            ("incoming", "IncomingCall", "96556"), ("answer", "Answer", null), ("greeting", "PlayPrompt", "greeting"),
            ("hours", "CheckBusinessHours", "Closed"), ("closed", "RecordMessage", "none"));
    }

    private CallRecord Call(string caller, DateTimeOffset start, string endReason, string digits, params (string Id, string Kind, string? Detail)[] steps)
    {
        var call = new CallRecord(Guid.CreateVersion7(), $"demo-{Guid.NewGuid():N}@callcenter", caller, "96556", start, "demo");
        call.AttachWorkflow("ivr-main", "demo");
        call.MarkAnswered(start.AddMilliseconds(300));
        call.Record(steps.Select((s, i) => new CallPathStep(start.AddSeconds(i * 2), s.Id, s.Kind, s.Detail)), digits);
        call.End(start.AddSeconds(steps.Length * 2 + 5), endReason);
        db.CallRecords.Add(call);
        return call;
    }

    /// <summary>A soft two-tone chime as an 8 kHz 16-bit mono WAV, standing in for a caller's message.</summary>
    private static byte[] DemoWav(int seconds)
    {
        var samples = 8000 * seconds;
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write("RIFF"u8); w.Write(36 + samples * 2); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(8000); w.Write(16000); w.Write((short)2); w.Write((short)16);
        w.Write("data"u8); w.Write(samples * 2);
        for (var i = 0; i < samples; i++)
            w.Write((short)(3000 * Math.Sin(2 * Math.PI * (i / 4000 % 2 == 0 ? 523 : 659) * i / 8000.0)));
        w.Flush();
        return stream.ToArray();
    }

    private static bool IsVoice(string permission) =>
        Prefixes.Any(prefix => permission == prefix || permission.StartsWith(prefix + ".", StringComparison.Ordinal));

    private async Task SeedGrantsOnceAsync(CancellationToken ct)
    {
        var mine = CallCenterPermissions.All.Where(IsVoice).ToList();
        if (await db.PermissionGrants.AnyAsync(g => mine.Contains(g.PermissionName), ct)) return;
        foreach (var (role, grants) in DefaultRoleGrants.All)
            db.PermissionGrants.AddRange(grants.Where(IsVoice)
                .Select(p => new PermissionGrant { RoleName = role, PermissionName = p }));
        await db.SaveChangesAsync(ct);
    }
}
