using GpSafetyHub.Hazards;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Web.Components.UI;

/// <summary>
/// A hazard as typed into the hazard form (the NHS hazard log template), for a programme's log and
/// a practice's local hazards alike, with the reason for the change and the revision the person saw.
/// </summary>
public sealed class HazardForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Effect { get; set; }

    public string? PotentialHarm { get; set; }

    /// <summary>One cause per line.</summary>
    public string? Causes { get; set; }

    public Severity? InitialSeverity { get; set; }

    public Likelihood? InitialLikelihood { get; set; }

    public string? InitialJustification { get; set; }

    /// <summary>The rows of controls posted; a post without any (null from the binder) has none.</summary>
    public List<ControlForm> Controls { get; set => field = value ?? []; } = [];

    public Severity? ResidualSeverity { get; set; }

    public Likelihood? ResidualLikelihood { get; set; }

    public string? ResidualJustification { get; set; }

    public HazardStatus Status { get; set; } = HazardStatus.Open;

    public string? TransferredTo { get; set; }

    public string? Owner { get; set; }

    public string? ReviewDay { get; set; }

    public string? ReviewMonth { get; set; }

    public string? ReviewYear { get; set; }

    public string? Reason { get; set; }

    /// <summary>The hazard's revision the person saw (0 for a new one).</summary>
    public int ExpectedRevision { get; set; }

    /// <summary>Set when the person asked for another row of controls rather than saving.</summary>
    public string? AddControl { get; set; }

    public DateParts Review => new(ReviewDay, ReviewMonth, ReviewYear);

    /// <summary>Whether the person asked for another row of controls (then added) rather than to save.</summary>
    public bool AskedForAnotherControl() => ControlForm.AddRowIfAsked(AddControl, Controls);

    public static HazardForm From(Hazard? hazard)
    {
        if (hazard is null) return new() { Controls = ControlForm.Rows([]) };
        var content = hazard.Content;
        var review = DateParts.Of(content.ReviewDate);
        return new()
        {
            Title = content.Title, Description = content.Description, Effect = content.Effect, PotentialHarm = content.PotentialHarm,
            Causes = string.Join('\n', content.Causes),
            InitialSeverity = content.InitialRisk.Severity, InitialLikelihood = content.InitialRisk.Likelihood, InitialJustification = content.InitialRisk.Justification,
            Controls = ControlForm.Rows(content.Controls),
            ResidualSeverity = content.ResidualRisk?.Severity, ResidualLikelihood = content.ResidualRisk?.Likelihood, ResidualJustification = content.ResidualRisk?.Justification,
            Status = content.Status == HazardStatus.Closed ? HazardStatus.Open : content.Status, TransferredTo = content.TransferredTo, Owner = content.Owner,
            ReviewDay = review.Day, ReviewMonth = review.Month, ReviewYear = review.Year,
            ExpectedRevision = hazard.Revision,
        };
    }

    /// <summary>Problems the boxes show before the hub is asked: a risk half rated, a control of no kind, a date that is not a date.</summary>
    public IReadOnlyList<FormError> Missing()
    {
        var errors = new List<FormError>();
        if (InitialSeverity is null) errors.Add(new FormError("initial-severity", "Choose how severe the harm would be before the controls"));
        if (InitialLikelihood is null) errors.Add(new FormError("initial-likelihood", "Choose how likely the harm is before the controls"));
        if ((ResidualSeverity is null) != (ResidualLikelihood is null))
            errors.Add(ResidualSeverity is null
                ? new FormError("residual-severity", "Choose how severe the harm would be with the controls, or leave the residual risk empty")
                : new FormError("residual-likelihood", "Choose how likely the harm is with the controls, or leave the residual risk empty"));
        errors.AddRange(ControlForm.Missing(Controls, "control"));
        if (!Review.IsEmpty && Review.Date is null) errors.Add(new FormError("review", "The review date must be a real date"));
        return errors;
    }

    public HazardContent Content() => new(
        Title ?? "", Description ?? "", Effect ?? "", PotentialHarm ?? "",
        (Causes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        new RiskAssessment(InitialSeverity ?? default, InitialLikelihood ?? default, InitialJustification),
        ControlForm.Given(Controls),
        ResidualSeverity is { } severity && ResidualLikelihood is { } likelihood ? new RiskAssessment(severity, likelihood, ResidualJustification) : null,
        Status, Status == HazardStatus.Transferred ? TransferredTo : null, Owner ?? "", Review.Date);

    /// <summary>The hub's field names for a hazard's content and the reason, against the form's boxes (controls first: their endings are longer).</summary>
    public IReadOnlyList<(string FieldEnding, string InputId, string Label)> Inputs() =>
    [
        .. ControlForm.Inputs("controls", "control", Controls.Count),
        ("initialRisk.justification", "initial-justification", "Why you judged the initial risk so"),
        ("initialRisk.severity", "initial-severity", "The initial severity"),
        ("initialRisk.likelihood", "initial-likelihood", "The initial likelihood"),
        ("residualRisk.justification", "residual-justification", "Why you judged the residual risk so"),
        ("residualRisk", "residual-severity", "The residual risk"),
        ("hazard.title", "title", "The title"),
        ("hazard.description", "description", "What could happen"),
        ("hazard.effect", "effect", "The effect"),
        ("hazard.potentialHarm", "harm", "The possible harm"),
        ("causes", "causes", "The causes"),
        ("hazard.controls", "control-0-description", "The controls"),
        ("hazard.status", "status", "The status"),
        ("hazard.transferredTo", "transferred-to", "Who the risk is transferred to"),
        ("hazard.owner", "owner", "The owner"),
        ("hazard.reviewDate", "review", "The review date"),
        ("reason", "reason", "The reason for the change"),
    ];
}
