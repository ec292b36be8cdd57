namespace CallCenter.AcdLoad;

/// <summary>A non-success answer of the Host's API, with its status (5xx: the page retries or the agent clicks again).</summary>
public sealed class ApiException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
