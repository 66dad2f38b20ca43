using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Localisations;

/// <summary>
/// A practice's decision on one programme hazard: whether it applies locally (and if not, why),
/// the practice's own controls and the residual risk that remains locally.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.HazardDecision")]
public sealed record HazardDecision(
    [property: Id(0)] bool Applicable,
    [property: Id(1)] string? Rationale,
    [property: Id(2)] IReadOnlyList<HazardControl> LocalControls,
    [property: Id(3)] RiskAssessment? LocalResidualRisk,
    [property: Id(4)] string? LocalOwner,
    [property: Id(5)] string? Notes)
{
    public const int MaxTextLength = 4000;

    public HazardDecision Validated(string prefix)
    {
        var decision = this with
        {
            Rationale = Text.Clean(Rationale),
            LocalControls = (LocalControls ?? []).Select(c => c.Cleaned()).ToArray(),
            LocalResidualRisk = LocalResidualRisk?.Cleaned(),
            LocalOwner = Text.Clean(LocalOwner),
            Notes = Text.Clean(Notes),
        };
        var validator = new Validator();
        if (!decision.Applicable)
            validator.Required($"{prefix}.rationale", decision.Rationale, MaxTextLength, multiline: true);
        else
        {
            validator.Optional($"{prefix}.rationale", decision.Rationale, MaxTextLength, multiline: true);
            if (decision.LocalResidualRisk is null)
                validator.Fail($"{prefix}.localResidualRisk", "is required for an applicable hazard: assess the risk that remains at this practice");
        }

        validator.AtMost($"{prefix}.localControls", decision.LocalControls, HazardContent.MaxControls);
        for (var i = 0; i < decision.LocalControls.Count; i++)
            decision.LocalControls[i].Validate(validator, $"{prefix}.localControls[{i}]");
        decision.LocalResidualRisk?.Validate(validator, $"{prefix}.localResidualRisk");

        validator.Optional($"{prefix}.localOwner", decision.LocalOwner, HazardContent.MaxOwnerLength);
        validator.Optional($"{prefix}.notes", decision.Notes, MaxTextLength, multiline: true);
        validator.ThrowIfInvalid();
        return decision;
    }

    /// <summary>Equal content, comparing the controls item by item (records compare lists by reference).</summary>
    public bool SameAs(HazardDecision other) =>
        this with { LocalControls = [] } == other with { LocalControls = [] } && LocalControls.SequenceEqual(other.LocalControls);

    /// <summary>A local rating of 3 or more needs a justification before the practice can sign off.</summary>
    public bool LacksJustification => Applicable && LocalResidualRisk is { Rating.NeedsJustification: true, IsJustified: false };
}
