namespace GpSafetyHub.Hazards;

/// <summary>Where a hazard stands in its life. Hazards are never deleted, only closed with a reason.</summary>
public enum HazardStatus
{
    /// <summary>Identified and being managed.</summary>
    Open = 1,

    /// <summary>Responsibility for the risk passed to another organisation, which is named.</summary>
    Transferred = 2,

    /// <summary>No longer applies; the closing reason is kept.</summary>
    Closed = 3,
}
