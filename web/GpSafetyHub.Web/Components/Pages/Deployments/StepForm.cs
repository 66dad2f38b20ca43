using GpSafetyHub.Deployments;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Deployments;

/// <summary>The answers on a deployment step's page, as the browser posts them.</summary>
public sealed class StepForm
{
    public StepStatus? Status { get; set; }

    public DeploymentParty? WaitingOn { get; set; }

    public string? Evidence { get; set; }

    public string? Note { get; set; }

    public PermissionDecision? Permission { get; set; }

    public string? ReviewDay { get; set; }

    public string? ReviewMonth { get; set; }

    public string? ReviewYear { get; set; }

    /// <summary>The deployment's revision the person saw.</summary>
    public int ExpectedRevision { get; set; }

    public DateParts Review => new(ReviewDay, ReviewMonth, ReviewYear);

    public static StepForm From(StepRecord step, int revision)
    {
        var review = DateParts.Of(step.ReviewDate);
        // A step never recorded (or inherited) starts blank: nothing is chosen for the person.
        var own = step.InheritedFrom is null && step.ChangedBy is not null;
        return new()
        {
            Status = own ? step.Status : null, WaitingOn = step.WaitingOn, Evidence = own ? step.Evidence : null, Note = own ? step.Note : null,
            Permission = own ? step.Permission : null, ReviewDay = review.Day, ReviewMonth = review.Month, ReviewYear = review.Year, ExpectedRevision = revision,
        };
    }

    /// <summary>Problems the page shows before the hub is asked: no status chosen, a date that is not a real date.</summary>
    public IReadOnlyList<FormError> FormErrors()
    {
        var errors = new List<FormError>();
        if (Status is null) errors.Add(new FormError("status", "Choose where the step stands"));
        if (!Review.IsEmpty && Review.Date is null) errors.Add(new FormError("review", "The review date must be a real date"));
        return errors;
    }

    public StepChange Change(DeploymentStep step) => new(step, Status!.Value, Status == StepStatus.WaitingOn ? WaitingOn : null, Evidence, Note)
    {
        Permission = step == DeploymentStep.IcbPermission && Status == StepStatus.Done ? Permission : null,
        ReviewDate = step == DeploymentStep.PeriodicReview ? Review.Date : null,
    };
}
