namespace CallCenter.Acd;

/// <summary>The ACD-wide settings: the NotReady reasons offered on the desktop, the recovery pause, misses before NotReady.</summary>
public sealed record AcdSettingsDto(IReadOnlyList<string> NotReadyReasons, int RecoveryPauseSeconds, int MissesBeforeNotReady);
