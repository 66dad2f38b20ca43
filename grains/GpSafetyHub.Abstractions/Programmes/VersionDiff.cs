using GpSafetyHub.Hazards;

namespace GpSafetyHub.Programmes;

/// <summary>What changed, hazard by hazard, between two published versions of a programme log.</summary>
public static class VersionDiff
{
    private static readonly Dictionary<string, HazardChangeKind> KindOfField = new(StringComparer.Ordinal)
    {
        ["title"] = HazardChangeKind.TextChanged,
        ["description"] = HazardChangeKind.TextChanged,
        ["effect"] = HazardChangeKind.TextChanged,
        ["potentialHarm"] = HazardChangeKind.TextChanged,
        ["causes"] = HazardChangeKind.TextChanged,
        ["initialRisk"] = HazardChangeKind.RiskChanged,
        ["residualRisk"] = HazardChangeKind.RiskChanged,
        ["controls"] = HazardChangeKind.ControlsChanged,
        ["status"] = HazardChangeKind.DetailsChanged,
        ["owner"] = HazardChangeKind.DetailsChanged,
        ["reviewDate"] = HazardChangeKind.DetailsChanged,
    };

    /// <summary>The hazards of <paramref name="to"/> that differ from <paramref name="from"/>, by id; unchanged hazards are left out.</summary>
    public static IReadOnlyList<HazardChange> Between(PublishedVersion from, PublishedVersion to) => Between(from.Hazards, to.Hazards);

    /// <summary>The hazards of <paramref name="to"/> that differ from <paramref name="from"/> (a version's, or the draft's), by id.</summary>
    public static IReadOnlyList<HazardChange> Between(IReadOnlyList<Hazard> from, IReadOnlyList<Hazard> to)
    {
        var before = from.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var changes = new List<HazardChange>();
        foreach (var hazard in to)
        {
            if (!before.TryGetValue(hazard.Id, out var old))
            {
                changes.Add(new HazardChange(hazard.Id, hazard.Content.Title, [HazardChangeKind.Added], []));
                continue;
            }

            var fields = hazard.Content.ChangedFieldsFrom(old.Content);
            var kinds = fields.Select(f => KindOfField[f]).ToList();
            if (hazard.IsClosed && !old.IsClosed) kinds.Insert(0, HazardChangeKind.Closed);
            if (!hazard.IsClosed && old.IsClosed) kinds.Insert(0, HazardChangeKind.Reopened);
            if (kinds.Count > 0) changes.Add(new HazardChange(hazard.Id, hazard.Content.Title, kinds.Distinct().ToArray(), fields));
        }

        return changes;
    }
}
