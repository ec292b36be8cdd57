namespace CallCenter.Telephony.Registration;

/// <summary>One entry of a REGISTER's Contact header: the URI and the parameters the registrar reads.</summary>
public sealed record RequestedContact(string Uri, long? ExpiresSeconds, string? InstanceId);
