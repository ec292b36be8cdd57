namespace CallCenter.Acd;

/// <summary>Where a caller goes after a queue's maximum wait (or when it may not be joined).</summary>
public enum QueueOverflowKind
{
    /// <summary>No overflow: the caller waits until answered or gone.</summary>
    None,

    /// <summary>Another queue (OverflowTarget is its id); the caller keeps the original enter time.</summary>
    Queue,

    /// <summary>Voicemail that leaves a callback task.</summary>
    Voicemail,

    /// <summary>A number or SIP URI (OverflowTarget), bridged like TransferToNumber.</summary>
    Number,
}
