namespace GpSafetyHub.Errors;

/// <summary>
/// A request the hub refused for a reason the caller can act on. Crosses grain boundaries intact
/// so the API can turn it into a typed error; anything else is an internal fault.
/// </summary>
[GenerateSerializer, Alias("hub.Errors.HubException")]
public abstract class HubException : Exception
{
    protected HubException(string message, string? field)
        : base(message)
    {
        Detail = message;
        Field = field;
    }

    /// <summary>The machine-readable error code the API reports (<c>VALIDATION</c>, <c>NOT_FOUND</c>, …).</summary>
    public abstract string Code { get; }

    /// <summary>Kept as well as <see cref="Exception.Message"/> so it survives serialisation unchanged.</summary>
    [Id(0)]
    public string Detail { get; }

    /// <summary>The input field at fault, as a path such as <c>hazard.controls[1].owner</c>, if any.</summary>
    [Id(1)]
    public string? Field { get; }
}
