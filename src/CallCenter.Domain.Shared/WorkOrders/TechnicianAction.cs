namespace CallCenter.WorkOrders;

/// <summary>What a technician does on the phone; each call carries an idempotency key so a retry never applies twice.</summary>
public enum TechnicianAction
{
    Accept,
    Decline,
    StartTravel,
    Arrive,
    RecordTemperature,
    RecordParts,
    AddNote,
    /// <summary>Waiting for the customer (not at home, no access): the SLA clock stops.</summary>
    PauseForCustomer,
    ResumeFromCustomer,
    Resolve,
}
