namespace GpSafetyHub.Localisations;

/// <summary>
/// A localisation in one row, as read models keep it (tagged with the journal version it reflects,
/// so older or repeated pushes are ignored). Staleness is derived from it against the programme's
/// current version when read, so publishing a version rewrites no rows.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.LocalisationSummary")]
public sealed record LocalisationSummary(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] string OdsCode,
    [property: Id(2)] long JournalVersion,
    [property: Id(3)] DateOnly? MouExpiresOn,
    [property: Id(4)] DateOnly? LeftOn,
    [property: Id(5)] bool SopApproved,
    [property: Id(6)] DateOnly? SopReviewDate,
    [property: Id(7)] int? LocalisedVersion,
    [property: Id(8)] int? SignedOffVersion,
    [property: Id(9)] bool ChangedSinceSignOff,
    [property: Id(10)] bool HasWork,
    [property: Id(11)] int ApplicableHazards,
    [property: Id(12)] int NotAssessedHazards,
    [property: Id(13)] int? HighestLocalResidualRating)
{
    /// <summary>Whether an SOP has been recorded at all (approved or draft).</summary>
    [Id(14)]
    public bool SopRecorded { get; init; }

    /// <summary>Programme residual risks of the hazards that apply here (assessed as applicable), per matrix cell.</summary>
    [Id(15)]
    public IReadOnlyList<int> ProgrammeResidualGrid { get; init; } = [];

    /// <summary>Local residual risks of the same hazards and of open local hazards, per matrix cell.</summary>
    [Id(16)]
    public IReadOnlyList<int> LocalResidualGrid { get; init; } = [];

    /// <summary>When the practice's latest sign-off is due for review (null before any sign-off).</summary>
    [Id(17)]
    public DateOnly? LocalisationReviewDate { get; init; }

    /// <summary>The day the practice joined the programme (or rejoined after leaving).</summary>
    [Id(18)]
    public DateOnly? JoinedOn { get; init; }

    /// <summary>The day a signed-off log was changed again, while the change is not yet signed off.</summary>
    [Id(20)]
    public DateOnly? ReopenedOn { get; init; }

    /// <summary>The day of the latest sign-off.</summary>
    [Id(19)]
    public DateOnly? SignedOffOn { get; init; }

    /// <summary>The one definition of a localisation's status.</summary>
    public LocalisationStatus StatusOn(DateOnly today, int? currentProgrammeVersion)
    {
        if (MouExpiresOn is not { } expires) return LocalisationStatus.NotJoined;
        if (LeftOn is not null) return LocalisationStatus.Left;
        if (expires < today) return LocalisationStatus.MouExpired;
        if (SignedOffVersion is { } signed)
        {
            if (signed < currentProgrammeVersion) return LocalisationStatus.Stale;
            if (!ChangedSinceSignOff) return LocalisationStatus.SignedOff;
        }

        return HasWork ? LocalisationStatus.InProgress : LocalisationStatus.Joined;
    }

    /// <summary>How many published versions the sign-off is behind, 0 when current or never signed.</summary>
    public int VersionsBehind(int? currentProgrammeVersion) =>
        SignedOffVersion is { } signed && currentProgrammeVersion is { } current ? Math.Max(0, current - signed) : 0;
}
