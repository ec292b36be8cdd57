namespace CallCenter.ScreenPop;

public interface IScreenPopAppService
{
    Task<ScreenPopDto> LookupAsync(string callerNumber, CancellationToken ct = default);
}
