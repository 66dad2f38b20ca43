using GpSafetyHub.Errors;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Hazards;

/// <summary>
/// What a CSO writes about a hazard, following the NHS hazard log template. The id, the date it
/// was added, its revision and its closure are kept by the log, not entered.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Hazards.HazardContent")]
public sealed record HazardContent(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] string Effect,
    [property: Id(3)] string PotentialHarm,
    [property: Id(4)] IReadOnlyList<string> Causes,
    [property: Id(5)] RiskAssessment InitialRisk,
    [property: Id(6)] IReadOnlyList<HazardControl> Controls,
    [property: Id(7)] RiskAssessment? ResidualRisk,
    [property: Id(8)] HazardStatus Status,
    [property: Id(9)] string? TransferredTo,
    [property: Id(10)] string Owner,
    [property: Id(11)] DateOnly? ReviewDate)
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxCauseLength = 1000;
    public const int MaxCauses = 30;
    public const int MaxControls = 30;
    public const int MaxOwnerLength = 200;

    public HazardContent Cleaned() => this with
    {
        Title = Text.Clean(Title)!,
        Description = Text.Clean(Description)!,
        Effect = Text.Clean(Effect)!,
        PotentialHarm = Text.Clean(PotentialHarm)!,
        Causes = Causes.Select(Text.Clean).OfType<string>().ToArray(),
        InitialRisk = InitialRisk.Cleaned(),
        Controls = Controls.Select(c => c.Cleaned()).ToArray(),
        ResidualRisk = ResidualRisk?.Cleaned(),
        TransferredTo = Text.Clean(TransferredTo),
        Owner = Text.Clean(Owner)!,
    };

    /// <summary>Checks every rule of a hazard's content, prefixing field paths with <paramref name="prefix"/>.</summary>
    public void Validate(Validator validator, string prefix)
    {
        validator.Required($"{prefix}.title", Title, MaxTitleLength);
        validator.Required($"{prefix}.description", Description, MaxTextLength, multiline: true);
        validator.Required($"{prefix}.effect", Effect, MaxTextLength, multiline: true);
        validator.Required($"{prefix}.potentialHarm", PotentialHarm, MaxTextLength, multiline: true);
        validator.AtMost($"{prefix}.causes", Causes, MaxCauses);
        for (var i = 0; i < Causes.Count; i++)
            validator.Required($"{prefix}.causes[{i}]", Causes[i], MaxCauseLength, multiline: true);
        InitialRisk.Validate(validator, $"{prefix}.initialRisk");
        validator.AtMost($"{prefix}.controls", Controls, MaxControls);
        for (var i = 0; i < Controls.Count; i++)
            Controls[i].Validate(validator, $"{prefix}.controls[{i}]");
        ResidualRisk?.Validate(validator, $"{prefix}.residualRisk");
        if (Status == HazardStatus.Closed)
            validator.Fail($"{prefix}.status", "cannot be set to CLOSED here: close the hazard with a reason instead");
        else validator.Defined($"{prefix}.status", Status);
        if (Status == HazardStatus.Transferred)
            validator.Required($"{prefix}.transferredTo", TransferredTo, MaxOwnerLength);
        else if (TransferredTo is not null)
            validator.Fail($"{prefix}.transferredTo", "must be empty unless the status is TRANSFERRED");
        validator.Required($"{prefix}.owner", Owner, MaxOwnerLength);
    }

    /// <summary>The names of the fields that differ from <paramref name="other"/>, in template order.</summary>
    public IReadOnlyList<string> ChangedFieldsFrom(HazardContent other)
    {
        var changed = new List<string>();
        void Check(string name, bool same)
        {
            if (!same) changed.Add(name);
        }

        Check("title", Title == other.Title);
        Check("description", Description == other.Description);
        Check("effect", Effect == other.Effect);
        Check("potentialHarm", PotentialHarm == other.PotentialHarm);
        Check("causes", Causes.SequenceEqual(other.Causes));
        Check("initialRisk", InitialRisk == other.InitialRisk);
        Check("controls", Controls.SequenceEqual(other.Controls));
        Check("residualRisk", ResidualRisk == other.ResidualRisk);
        Check("status", Status == other.Status && TransferredTo == other.TransferredTo);
        Check("owner", Owner == other.Owner);
        Check("reviewDate", ReviewDate == other.ReviewDate);
        return changed;
    }
}
