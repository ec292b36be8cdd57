namespace CallCenter.Complaints;

/// <summary>Who owns a complaint now: station (24 h) → department (48 h) → company management.</summary>
public enum ComplaintLevel
{
    Station,
    Department,
    Management,
}
