using GpSafetyHub.Errors;

namespace GpSafetyHub.Hazards;

/// <summary>
/// The rules shared by every list of hazards — a programme's draft log and a practice's local
/// hazards: ids that never change, revisions that guard against stale edits, closure instead of
/// deletion, and what must be in place before the list can be signed off.
/// </summary>
public static class HazardRegister
{
    public static Hazard New(string id, HazardContent content, DateOnly today) => new(id, today, 1, Valid(content, today, previous: null), null);

    /// <summary>A hazard brought in from a file or another programme: as <see cref="New"/>, except that its review date may have passed (it is due now).</summary>
    public static Hazard Imported(string id, HazardContent content, DateOnly today) => new(id, today, 1, Valid(content, today, previous: null, reviewMayHavePassed: true), null);

    /// <summary>The hazard revised to <paramref name="content"/>, with the fields that changed; a closed hazard is reopened.</summary>
    public static (Hazard Revised, IReadOnlyList<string> ChangedFields) Revise(
        IReadOnlyDictionary<string, Hazard> hazards, string hazardId, int expectedRevision, HazardContent content, DateOnly today)
    {
        var current = Current(hazards, hazardId, expectedRevision);
        content = Valid(content, today, current.Content);
        var changed = content.ChangedFieldsFrom(current.Content);
        if (changed.Count == 0 && !current.IsClosed)
            throw new ValidationFailedException("hazard", "is the same as the current revision: nothing to change");
        if (current.IsClosed) changed = [.. changed, "reopened"];
        return (current with { Revision = current.Revision + 1, Content = content, ClosedReason = null }, changed);
    }

    /// <summary>The revision the hazard will have once closed.</summary>
    public static int Close(IReadOnlyDictionary<string, Hazard> hazards, string hazardId, int expectedRevision)
    {
        var current = Current(hazards, hazardId, expectedRevision);
        if (current.IsClosed) throw new ConflictException($"Hazard {hazardId} is already closed.", "hazardId");
        return current.Revision + 1;
    }

    /// <summary>
    /// Every hazard still open must have a residual risk, justified in writing when rated 3 or more,
    /// before the list is <paramref name="signed"/> ("published", "signed off").
    /// </summary>
    public static void CheckReadyToSign(Validator validator, IEnumerable<Hazard> hazards, string prefix, string signed)
    {
        foreach (var hazard in hazards.Where(h => !h.IsClosed))
        {
            var residual = hazard.Content.ResidualRisk;
            if (residual is null)
                validator.Fail($"{prefix}[{hazard.Id}].residualRisk", $"must be assessed before the log is {signed}");
            else if (residual.Rating.NeedsJustification && !residual.IsJustified)
                validator.Fail($"{prefix}[{hazard.Id}].residualRisk.justification",
                    $"is required: a residual risk rating of {residual.Rating} or more cannot be {signed} without a written justification");
        }
    }

    private static Hazard Current(IReadOnlyDictionary<string, Hazard> hazards, string hazardId, int expectedRevision)
    {
        if (!hazards.TryGetValue(hazardId, out var current))
            throw new NotFoundException($"Hazard {hazardId} is not in this log.", "hazardId");
        if (current.Revision != expectedRevision)
            throw new ConflictException(
                $"Hazard {hazardId} has changed since revision {expectedRevision} (it is now at revision {current.Revision}): re-read it and apply your change again.",
                "expectedRevision");
        return current;
    }

    /// <summary>
    /// The content cleaned and checked. A review date is bounded when it is set or changed; one
    /// left as it was may have passed (the revision may be the review itself).
    /// </summary>
    private static HazardContent Valid(HazardContent content, DateOnly today, HazardContent? previous, bool reviewMayHavePassed = false)
    {
        content = content.Cleaned();
        var validator = new Validator();
        content.Validate(validator, "hazard");
        if (content.ReviewDate is { } review && review != previous?.ReviewDate) DateRules.ReviewDate(validator, "hazard.reviewDate", review, today, reviewMayHavePassed);
        validator.ThrowIfInvalid();
        return content;
    }
}
