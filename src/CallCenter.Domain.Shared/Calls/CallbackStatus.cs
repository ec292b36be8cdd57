namespace CallCenter.Calls;

public enum CallbackStatus
{
    Open,
    Done,
}
