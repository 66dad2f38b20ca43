using GpSafetyHub.Localisations;
using GpSafetyHub.Operations;
using GpSafetyHub.Operations.Localisations;
using Microsoft.AspNetCore.Components;

namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>
/// What every page with a form about one localisation shares: the localisation it is about (a
/// missing or hidden one is not found, and only the practice itself is shown the form), and going
/// back to the localisation once a change is saved.
/// </summary>
public abstract class LocalisationFormPage : HubFormPage
{
    [Parameter]
    public string OdsCode { get; set; } = "";

    [Parameter]
    public string ProgrammeId { get; set; } = "";

    protected LocalisationView? Localisation { get; private set; }

    protected string Back => LocalisationLinks.Of(OdsCode, ProgrammeId);

    /// <summary>Reads the localisation; one that is missing or hidden from the person answers as not found.</summary>
    protected async Task LoadAsync()
    {
        // Only the practice itself changes its localisation: to anyone else a form page does not exist.
        if (!IsThePractice)
        {
            Localisation = null;
            Navigation.NotFound();
            return;
        }

        Localisation = await ReadOrNotFoundAsync(new GetLocalisation(ProgrammeId, OdsCode));
    }

    /// <summary>
    /// Runs the change: back to the localisation saying <paramref name="saved"/> when it is made;
    /// otherwise the refusal against the inputs, or (for a conflict) the fresh localisation and a warning.
    /// </summary>
    protected async Task SaveAsync<T>(IOperation<T> change, IReadOnlyList<(string FieldEnding, string InputId, string Label)> inputs, string fallbackInput, string saved)
    {
        if (await ChangeAsync(change, inputs, fallbackInput))
        {
            Navigation.NavigateTo($"{Back}?saved={Uri.EscapeDataString(saved)}");
            return;
        }

        if (ChangedElsewhere) await LoadAsync();
    }

    /// <summary>Whether the signed-in person is the practice itself, the only one who changes its localisation.</summary>
    protected bool IsThePractice => Session.Caller.IsPractice(OdsCode.Trim().ToUpperInvariant());
}
