using GpSafetyHub.Errors;
using GpSafetyHub.Localisations;
using GpSafetyHub.Operations;
using GpSafetyHub.Operations.Localisations;
using GpSafetyHub.Web.Components.UI;
using GpSafetyHub.Web.SignIn;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>
/// What every page with a form about one localisation shares: the localisation it is about (a
/// missing or hidden one is not found), the refusal's errors against the form's inputs, and going
/// back to the localisation once a change is saved.
/// </summary>
public abstract class LocalisationFormPage : ComponentBase
{
    [Parameter]
    public string OdsCode { get; set; } = "";

    [Parameter]
    public string ProgrammeId { get; set; } = "";

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    protected LocalisationView? Localisation { get; private set; }

    protected IReadOnlyList<FormError> Errors { get; set; } = [];

    /// <summary>Set when someone else changed what the form is about since the page was opened.</summary>
    protected bool ChangedElsewhere { get; set; }

    protected HubSession Session => WebSignIn.SessionFor(HttpContext);

    protected string Back => LocalisationLinks.Of(OdsCode, ProgrammeId);

    /// <summary>Reads the localisation; one that is missing or hidden from the person answers as not found.</summary>
    protected async Task LoadAsync()
    {
        if (!IsThePractice)
        {
            // Only the practice itself changes its localisation: to anyone else a form page does not exist.
            Localisation = null;
            Navigation.NotFound();
            return;
        }

        try
        {
            Localisation = await Session.Run(new GetLocalisation(ProgrammeId, OdsCode));
        }
        catch (Exception e) when (e is NotFoundException or ValidationFailedException)
        {
            Localisation = null;
            Navigation.NotFound();
        }
    }

    /// <summary>
    /// Runs the change: back to the localisation saying <paramref name="saved"/> when it is made;
    /// otherwise the refusal against the inputs, or (for a conflict) the fresh localisation and a warning.
    /// </summary>
    protected async Task SaveAsync<T>(IOperation<T> change, IReadOnlyList<(string FieldEnding, string InputId, string Label)> inputs, string fallbackInput, string saved)
    {
        try
        {
            await Session.Run(change);
        }
        catch (ValidationFailedException refusal)
        {
            Errors = FormError.From(refusal, inputs, fallbackInput);
            return;
        }
        catch (ConflictException)
        {
            ChangedElsewhere = true;
            await LoadAsync();
            return;
        }
        catch (ForbiddenException)
        {
            // Someone who may read the localisation but not change it (its ICB, a CSO): the form is not theirs.
            Navigation.NotFound();
            return;
        }

        Navigation.NavigateTo($"{Back}?saved={Uri.EscapeDataString(saved)}");
    }

    protected string ErrorClass(string inputId) => FormError.For(Errors, inputId) is null ? "" : "nhsuk-form-group--error";

    protected Dictionary<string, object> DescribedBy(string inputId) =>
        FormError.For(Errors, inputId) is null ? [] : new() { ["aria-describedby"] = $"{inputId}-error" };

    /// <summary>Whether the signed-in person is the practice itself, the only one who changes its localisation.</summary>
    protected bool IsThePractice => Session.Caller.IsPractice(OdsCode.Trim().ToUpperInvariant());

    protected string TitlePrefix => Errors.Count > 0 ? "Error: " : "";
}
