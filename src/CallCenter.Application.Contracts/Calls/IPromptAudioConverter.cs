namespace CallCenter.Calls;

/// <summary>
/// Makes telephone audio: text → speech (espeak-ng, Mandarin voice) and any supported audio file → 8 kHz mono
/// 16-bit WAV (sox). Implemented by the voice layer; throws BusinessException(VoiceErrorCodes.*) on bad input.
/// </summary>
public interface IPromptAudioConverter
{
    Task<(byte[] Wav, int DurationMs)> SynthesizeAsync(string text, CancellationToken ct = default);
    Task<(byte[] Wav, int DurationMs)> ConvertAsync(byte[] audio, CancellationToken ct = default);
}
