using CallCenter.Exceptions;

namespace CallCenter.Errors;

/// <summary>
/// The one place that says which HTTP status an error code answers with (ABP's way: the domain and the application
/// say what went wrong, the host says how HTTP spells it). A code not listed here is bad input: 400.
/// </summary>
public static class ErrorStatuses
{
    private static readonly Dictionary<string, int> ByCode = new(StringComparer.Ordinal)
    {
        // The request is fine but the data as it stands forbids it.
        [CallCenterErrorCodes.ConcurrencyConflict] = StatusCodes.Status409Conflict,
        [CallCenterErrorCodes.HouseholdAccountNumberTaken] = StatusCodes.Status409Conflict,
        [CallCenterErrorCodes.StationCodeTaken] = StatusCodes.Status409Conflict,
        [CallCenterErrorCodes.StationCommunityTaken] = StatusCodes.Status409Conflict,
        [CallCenterErrorCodes.StationHasHouseholds] = StatusCodes.Status409Conflict,
        [CallCenterErrorCodes.DepartmentCodeTaken] = StatusCodes.Status409Conflict,
        [CallCenterErrorCodes.UserNameTaken] = StatusCodes.Status409Conflict,
        [KnowledgeErrorCodes.CodeTaken] = StatusCodes.Status409Conflict,
        [KnowledgeErrorCodes.CategoryCodeTaken] = StatusCodes.Status409Conflict,
        [KnowledgeErrorCodes.InvalidTransition] = StatusCodes.Status409Conflict,
        [KnowledgeErrorCodes.NotPublished] = StatusCodes.Status409Conflict,
        [VoiceErrorCodes.InterruptionEnded] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.IllegalTransition] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.TechnicianOfOtherStation] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.IdempotencyKeyReused] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.ParentNotOpen] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.ParentIsChild] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.AlreadyPaused] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.NotPaused] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.ChildActsWithParent] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.NotAComplaint] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.HighestLevel] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.SupervisionClosed] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.DispositionCodeTaken] = StatusCodes.Status409Conflict,
        [WorkOrderErrorCodes.DispositionInUse] = StatusCodes.Status409Conflict,
        [AcdErrorCodes.ExtensionTaken] = StatusCodes.Status409Conflict,
        [AcdErrorCodes.NotAnAgent] = StatusCodes.Status409Conflict,
        [AcdErrorCodes.QueueNameTaken] = StatusCodes.Status409Conflict,
        [AcdErrorCodes.QueueIsOverflowTarget] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.NotLoggedIn] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.WrongState] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.DispositionRequired] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.NoCall] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.NotSupported] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.TransferAgentNotReady] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.TransferQueueUnavailable] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.ConsultInProgress] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.NoConsult] = StatusCodes.Status409Conflict,
        [AcdDeskErrorCodes.ConsultNotAnswered] = StatusCodes.Status409Conflict,

        [CallCenterErrorCodes.Unauthorized] = StatusCodes.Status401Unauthorized,
        [CallCenterErrorCodes.Forbidden] = StatusCodes.Status403Forbidden,
        [WorkOrderErrorCodes.NotYourJob] = StatusCodes.Status403Forbidden,
        [AcdDeskErrorCodes.NotAnAgent] = StatusCodes.Status403Forbidden,

        [CallCenterErrorCodes.NotFound] = StatusCodes.Status404NotFound,
        [WorkOrderErrorCodes.HouseholdUnknown] = StatusCodes.Status404NotFound,

        [CallCenterErrorCodes.ImportFileTooLarge] = StatusCodes.Status413PayloadTooLarge,
        [KnowledgeErrorCodes.ImageTooLarge] = StatusCodes.Status413PayloadTooLarge,
        [WorkOrderErrorCodes.PhotoTooLarge] = StatusCodes.Status413PayloadTooLarge,
        [KnowledgeErrorCodes.ImageNotSupported] = StatusCodes.Status415UnsupportedMediaType,
        [WorkOrderErrorCodes.PhotoNotAnImage] = StatusCodes.Status415UnsupportedMediaType,
    };

    public static int Of(BusinessException e) => e switch
    {
        EntityNotFoundException => StatusCodes.Status404NotFound,
        RequestValidationException => StatusCodes.Status400BadRequest,
        _ => ByCode.GetValueOrDefault(e.Code, StatusCodes.Status400BadRequest),
    };
}
