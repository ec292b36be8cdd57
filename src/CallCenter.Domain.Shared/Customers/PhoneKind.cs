namespace CallCenter.Customers;

public enum PhoneKind
{
    Mobile = 0,
    Landline = 1,
}
