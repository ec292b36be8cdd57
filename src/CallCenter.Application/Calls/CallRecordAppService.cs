using CallCenter.Common;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.Settings;
using Microsoft.Extensions.Options;

namespace CallCenter.Calls;

public sealed class CallRecordAppService(
    IRepository<CallRecord> calls,
    IRepository<CallRecording> recordings,
    IRepository<CallbackTask> callbacks,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    IOptions<CompanyOptions> company,
    TimeProvider time) : ICallRecordAppService
{
    public async Task<PagedResultDto<CallRecordListItemDto>> SearchAsync(CallRecordSearchDto input, CancellationToken ct = default)
    {
        var q = calls.Query();
        if (input.Number is { Length: > 0 } number)
        {
            var digits = new string(number.Where(char.IsDigit).ToArray());
            var needle = digits.Length > 0 ? digits : number.Trim();
            q = q.Where(c => c.CallerNumber.Contains(needle) || c.DialledNumber.Contains(needle));
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(company.Value.TimeZone);
        if (input.From is { } from) q = q.Where(c => c.StartedAt >= StartOfDay(from, zone));
        if (input.To is { } to) q = q.Where(c => c.StartedAt < StartOfDay(to.AddDays(1), zone));
        var total = await query.CountAsync(q, ct);
        var page = q.OrderByDescending(c => c.StartedAt).Skip(input.Skip).Take(input.Take)
            .Select(c => new CallRecordListItemDto(c.Id, c.CallerNumber, c.DialledNumber, c.StartedAt, c.AnsweredAt, c.EndedAt, c.EndReason,
                c.Digits, recordings.Query().Count(r => r.CallRecordId == c.Id)));
        return new PagedResultDto<CallRecordListItemDto>(await query.ToListAsync(page, ct), total);
    }

    public async Task<CallRecordDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var c = await query.FirstOrDefaultAsync(calls.Query().Where(x => x.Id == id), ct) ?? throw new EntityNotFoundException("CallRecord", id);
        var files = await query.ToListAsync(recordings.Query().Where(r => r.CallRecordId == id).OrderBy(r => r.StartedAt)
            .Select(r => new CallRecordingDto(r.Id, r.Kind, r.StartedAt, r.DurationMs)), ct);
        return new CallRecordDto(c.Id, c.SipCallId, c.CallerNumber, c.DialledNumber, c.StartedAt, c.AnsweredAt, c.EndedAt, c.EndReason, c.Digits,
            c.WorkflowDefinitionId, c.WorkflowInstanceId, c.HouseholdId,
            c.Path.Select(s => new CallPathStepDto(s.At, s.ActivityId, s.Kind, s.Detail)).ToList(), files);
    }

    public async Task<RecordingAudio> GetRecordingAsync(Guid recordingId, CancellationToken ct = default)
    {
        var r = await query.FirstOrDefaultAsync(recordings.Query().Where(x => x.Id == recordingId).Select(x => new { x.Wav, x.StartedAt }), ct)
                ?? throw new EntityNotFoundException("CallRecording", recordingId);
        return new RecordingAudio(r.Wav, $"recording-{r.StartedAt.UtcDateTime:yyyyMMdd-HHmmss}.wav");
    }

    public async Task<IReadOnlyList<CallbackTaskDto>> GetCallbacksAsync(CallbackStatus? status, CancellationToken ct = default)
    {
        var q = callbacks.Query();
        if (status is { } s) q = q.Where(c => c.Status == s);
        return await query.ToListAsync(q.OrderByDescending(c => c.CreatedAt).Take(500).Select(c => new CallbackTaskDto(
            c.Id, c.CallRecordId, c.PhoneNumber, c.Topic, c.RecordingId, c.Status, c.CreatedAt, c.CompletedAt)), ct);
    }

    public async Task<CallbackTaskDto> CompleteCallbackAsync(Guid id, CancellationToken ct = default)
    {
        var c = await query.FirstOrDefaultAsync(callbacks.Query().Where(x => x.Id == id), ct) ?? throw new EntityNotFoundException("CallbackTask", id);
        c.Complete(time.GetUtcNow(), currentUser.Id);
        await uow.SaveChangesAsync(ct);
        return new CallbackTaskDto(c.Id, c.CallRecordId, c.PhoneNumber, c.Topic, c.RecordingId, c.Status, c.CreatedAt, c.CompletedAt);
    }

    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
