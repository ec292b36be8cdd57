using System.Text.RegularExpressions;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.Calls;

public sealed partial class VoicePromptAppService(
    IRepository<VoicePrompt> prompts,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    IPromptAudioConverter audio,
    TimeProvider time) : IVoicePromptAppService
{
    public async Task<IReadOnlyList<VoicePromptDto>> GetListAsync(CancellationToken ct = default) =>
        await query.ToListAsync(prompts.Query().OrderBy(p => p.Key)
            .Select(p => new VoicePromptDto(p.Id, p.Key, p.Name, p.Text, p.Source, p.DurationMs, p.UpdatedAt)), ct);

    public async Task<VoicePromptDto> GenerateAsync(GeneratePromptDto input, CancellationToken ct = default)
    {
        var v = new FieldValidator();
        ValidateKeyAndName(v, input.Key, input.Name);
        v.RequiredMax("text", input.Text, CallConsts.MaxPromptTextLength);
        v.ThrowIfInvalid();
        var (wav, durationMs) = await ConvertAsync(() => audio.SynthesizeAsync(input.Text.Trim(), ct), "text");
        var prompt = await FindAsync(input.Key.Trim(), ct) ?? Add(input.Key, input.Name);
        prompt.Rename(input.Name);
        prompt.SetGenerated(input.Text.Trim(), wav, durationMs, time.GetUtcNow());
        await uow.SaveChangesAsync(ct);
        return ToDto(prompt);
    }

    public async Task<VoicePromptDto> UploadAsync(string key, string name, byte[] audioFile, CancellationToken ct = default)
    {
        var v = new FieldValidator();
        ValidateKeyAndName(v, key, name);
        if (audioFile.Length == 0) v.Add("file", "Validation:Required");
        v.ThrowIfInvalid();
        if (audioFile.Length > CallConsts.MaxUploadBytes) throw new BusinessException(VoiceErrorCodes.PromptTooLarge, "file");
        var (wav, durationMs) = await ConvertAsync(() => audio.ConvertAsync(audioFile, ct), "file");
        var prompt = await FindAsync(key.Trim(), ct) ?? Add(key, name);
        prompt.Rename(name);
        prompt.SetUploaded(wav, durationMs, time.GetUtcNow());
        await uow.SaveChangesAsync(ct);
        return ToDto(prompt);
    }

    public async Task<PromptAudio?> GetAudioAsync(string key, CancellationToken ct = default) =>
        await query.FirstOrDefaultAsync(prompts.Query().Where(p => p.Key == key).Select(p => new PromptAudio(p.Key, p.Wav, p.UpdatedAt)), ct);

    public async Task<PromptAudio> GetAudioAsync(Guid id, CancellationToken ct = default) =>
        await query.FirstOrDefaultAsync(prompts.Query().Where(p => p.Id == id).Select(p => new PromptAudio(p.Key, p.Wav, p.UpdatedAt)), ct)
        ?? throw new EntityNotFoundException("VoicePrompt", id);

    public async Task<int> EnsureGeneratedAsync(IReadOnlyList<GeneratePromptDto> wanted, CancellationToken ct = default)
    {
        var keys = wanted.Select(w => w.Key).ToList();
        var existing = (await query.ToListAsync(prompts.Query().Where(p => keys.Contains(p.Key)).Select(p => p.Key), ct)).ToHashSet();
        var made = 0;
        foreach (var prompt in wanted.Where(w => !existing.Contains(w.Key)))
        {
            await GenerateAsync(prompt, ct);
            made++;
        }
        return made;
    }

    /// <summary>The converter lives in the voice layer, which knows no BusinessException; its errors are mapped here.</summary>
    private static async Task<(byte[] Wav, int DurationMs)> ConvertAsync(Func<Task<(byte[] Wav, int DurationMs)>> convert, string field)
    {
        try
        {
            return await convert();
        }
        catch (PromptAudioException e)
        {
            throw new BusinessException(e.Code, field);
        }
    }

    private VoicePrompt Add(string key, string name)
    {
        var prompt = new VoicePrompt(key, name);
        prompts.Add(prompt);
        return prompt;
    }

    private Task<VoicePrompt?> FindAsync(string key, CancellationToken ct) => query.FirstOrDefaultAsync(prompts.Query().Where(p => p.Key == key), ct);

    private static void ValidateKeyAndName(FieldValidator v, string? key, string? name)
    {
        v.RequiredMax("key", key, CallConsts.MaxPromptKeyLength).RequiredMax("name", name, CallConsts.MaxPromptNameLength);
        if (!string.IsNullOrWhiteSpace(key) && !KeyPattern().IsMatch(key.Trim())) v.Add("key", "Voice:PromptKeyFormat");
    }

    private static VoicePromptDto ToDto(VoicePrompt p) => new(p.Id, p.Key, p.Name, p.Text, p.Source, p.DurationMs, p.UpdatedAt);

    /// <summary>Keys appear in workflow JSON; lower-case letters, digits and dashes keep them easy to type there.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex KeyPattern();
}
