namespace CallCenter.Customers;

/// <summary>A household's heating account status.</summary>
public enum AccountStatus
{
    /// <summary>正常</summary>
    Normal = 0,
    /// <summary>欠费 — fees in arrears.</summary>
    Arrears = 1,
    /// <summary>停供 — heating suspended at the customer's request.</summary>
    Suspended = 2,
    /// <summary>销户</summary>
    Closed = 3,
}
