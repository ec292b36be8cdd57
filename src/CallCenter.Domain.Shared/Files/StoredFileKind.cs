namespace CallCenter.Files;

/// <summary>What a stored file is for; together with the owner's id it says where the file belongs. Stored as text.</summary>
public enum StoredFileKind
{
    /// <summary>An image in a knowledge article (owner: the article).</summary>
    KnowledgeImage,
    /// <summary>A technician's photo of a job (owner: the work order).</summary>
    WorkOrderPhoto,
    /// <summary>The customer's signature on a finished job (owner: the work order).</summary>
    WorkOrderSignature,
    /// <summary>A call's recording (owner: the call record).</summary>
    CallRecording,
    /// <summary>A rendered report (owner: the report run).</summary>
    ReportPdf,
}
