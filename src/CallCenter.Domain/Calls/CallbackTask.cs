using CallCenter.Entities;

namespace CallCenter.Calls;

/// <summary>A caller left a message (or asked to be called back): someone has to call them back.</summary>
public sealed class CallbackTask : Entity
{
    public Guid CallRecordId { get; private set; }
    public string PhoneNumber { get; private set; } = "";
    public string Topic { get; private set; } = "";
    public Guid? RecordingId { get; private set; }
    public CallbackStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public Guid? CompletedBy { get; private set; }

    private CallbackTask() { }

    public CallbackTask(Guid callRecordId, string phoneNumber, string topic, Guid? recordingId, DateTimeOffset createdAt)
    {
        CallRecordId = callRecordId;
        PhoneNumber = phoneNumber;
        Topic = topic;
        RecordingId = recordingId;
        CreatedAt = createdAt;
    }

    public void Complete(DateTimeOffset at, Guid? userId)
    {
        if (Status == CallbackStatus.Done) return;
        Status = CallbackStatus.Done;
        CompletedAt = at;
        CompletedBy = userId;
    }
}
