using CallCenter.Common;

namespace CallCenter.Calls;

/// <summary>Call records as the supervisors read them: search, the IVR path, recordings, callback tasks.</summary>
public interface ICallRecordAppService
{
    Task<PagedResultDto<CallRecordListItemDto>> SearchAsync(CallRecordSearchDto input, CancellationToken ct = default);
    Task<CallRecordDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<RecordingAudio> GetRecordingAsync(Guid recordingId, CancellationToken ct = default);
    Task<IReadOnlyList<CallbackTaskDto>> GetCallbacksAsync(CallbackStatus? status, CancellationToken ct = default);
    Task<CallbackTaskDto> CompleteCallbackAsync(Guid id, CancellationToken ct = default);
}
