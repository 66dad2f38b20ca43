namespace GpSafetyHub.Programmes;

/// <summary>How a hazard differs between two published versions of a programme log.</summary>
public enum HazardChangeKind
{
    /// <summary>New in the later version.</summary>
    Added = 1,

    /// <summary>Closed in the later version.</summary>
    Closed = 2,

    /// <summary>Closed in the earlier version, open again in the later.</summary>
    Reopened = 3,

    /// <summary>The initial or residual risk assessment changed.</summary>
    RiskChanged = 4,

    /// <summary>The controls changed.</summary>
    ControlsChanged = 5,

    /// <summary>The title, description, effect, harm or causes changed.</summary>
    TextChanged = 6,

    /// <summary>Only the owner, review date or transfer changed.</summary>
    DetailsChanged = 7,
}
