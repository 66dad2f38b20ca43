namespace GpSafetyHub.Programmes;

/// <summary>One programme as the directory lists it, tagged with the journal version it reflects.</summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.ProgrammeListing")]
public sealed record ProgrammeListing(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Product,
    [property: Id(3)] string Supplier,
    [property: Id(4)] string CsoFunction,
    [property: Id(5)] int? CurrentVersion,
    [property: Id(6)] DateOnly ReviewDate,
    [property: Id(7)] long JournalVersion)
{
    /// <summary>The day the current version was published: when signed-off localisations went out of date.</summary>
    [Id(8)]
    public DateOnly? CurrentVersionPublishedOn { get; init; }

    public static ProgrammeListing Of(ProgrammeView view) => new(
        view.Id, view.Details.Name, view.Details.Product, view.Details.Supplier, view.Details.CsoFunction,
        view.CurrentVersion?.Number, view.Details.ReviewDate, view.HistoryLength)
    {
        CurrentVersionPublishedOn = view.CurrentVersion is { } current ? DateOnly.FromDateTime(current.PublishedAt.UtcDateTime) : null,
    };
}
