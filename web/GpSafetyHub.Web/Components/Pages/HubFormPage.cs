using GpSafetyHub.Errors;
using GpSafetyHub.Operations;
using GpSafetyHub.Web.Components.UI;
using GpSafetyHub.Web.SignIn;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GpSafetyHub.Web.Components.Pages;

/// <summary>
/// What every page with a form shares: the signed-in person's session, the hub's refusal shown
/// against the form's questions, and a change someone else made since the page was opened.
/// </summary>
public abstract class HubFormPage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    protected IReadOnlyList<FormError> Errors { get; set; } = [];

    /// <summary>Set when someone else changed what the form is about since the page was opened.</summary>
    protected bool ChangedElsewhere { get; set; }

    protected HubSession Session => WebSignIn.SessionFor(HttpContext);

    protected string TitlePrefix => Errors.Count > 0 ? "Error: " : "";

    protected string ErrorClass(string inputId) => FormError.GroupClass(Errors, inputId);

    protected Dictionary<string, object> DescribedBy(string inputId) => FormError.DescribedBy(Errors, inputId);

    /// <summary>
    /// Runs the change and answers whether it was made. If not: a refusal is in <see cref="Errors"/>
    /// against the inputs; a conflict sets <see cref="ChangedElsewhere"/>, or, for a form that names no
    /// revision, is an error against <paramref name="conflictInput"/>; a record the form names that
    /// does not exist (by the hub's field name) is <paramref name="missing"/>'s error; a refused
    /// change is <paramref name="forbidden"/>, when the page is the person's but what they asked is not; a change the person may not make
    /// answers as a page that does not exist.
    /// </summary>
    protected async Task<bool> ChangeAsync<T>(
        IOperation<T> change, IReadOnlyList<(string FieldEnding, string InputId, string Label)> inputs, string fallbackInput,
        string? conflictInput = null, (string Field, FormError Error)? missing = null, FormError? forbidden = null)
    {
        try
        {
            await Session.Run(change);
            return true;
        }
        catch (ValidationFailedException refusal)
        {
            Errors = FormError.From(refusal, inputs, fallbackInput);
        }
        catch (ConflictException conflict) when (conflictInput is not null)
        {
            Errors = [new FormError(conflictInput, conflict.Message)];
        }
        catch (ConflictException)
        {
            ChangedElsewhere = true;
        }
        catch (NotFoundException absent) when (missing is { } named && named.Field == absent.Field)
        {
            Errors = [named.Error];
        }
        catch (ForbiddenException) when (forbidden is not null)
        {
            Errors = [forbidden];
        }
        catch (ForbiddenException)
        {
            Navigation.NotFound();
        }

        return false;
    }

    /// <summary>Runs a read; what is missing, hidden from the person or not a valid address answers as not found (and null).</summary>
    protected async Task<T?> ReadOrNotFoundAsync<T>(IOperation<T> read)
        where T : class
    {
        try
        {
            return await Session.Run(read);
        }
        catch (Exception e) when (e is NotFoundException or ValidationFailedException)
        {
            Navigation.NotFound();
            return null;
        }
    }
}
