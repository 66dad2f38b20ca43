namespace GpSafetyHub.Coverage;

/// <summary>The state of a practice's MoU for a programme.</summary>
public enum MouState
{
    None = 1,
    Active = 2,
    Expired = 3,
    Ended = 4,
}

/// <summary>The state of a practice's SOP for a programme.</summary>
public enum SopState
{
    None = 1,
    Draft = 2,
    Approved = 3,
    ReviewOverdue = 4,
}

/// <summary>How coverage rows are ordered.</summary>
public enum CoverageOrder
{
    /// <summary>By practice ODS code, then programme.</summary>
    Practice = 1,

    /// <summary>Highest local residual rating first.</summary>
    HighestResidual = 2,

    /// <summary>Earliest next review date first.</summary>
    NextReview = 3,
}
