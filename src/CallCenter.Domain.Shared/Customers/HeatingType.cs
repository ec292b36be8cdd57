namespace CallCenter.Customers;

public enum HeatingType
{
    /// <summary>暖气片</summary>
    Radiator = 0,
    /// <summary>地暖</summary>
    FloorHeating = 1,
}
