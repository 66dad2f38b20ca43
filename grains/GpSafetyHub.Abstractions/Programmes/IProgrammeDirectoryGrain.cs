namespace GpSafetyHub.Programmes;

/// <summary>
/// The list of every programme, kept by one grain (key <see cref="Key"/>). Programme logs push
/// their listing after each change; an older listing than the one held is ignored, so a repeated
/// or late push is harmless.
/// </summary>
public interface IProgrammeDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "all";

    /// <summary>Records a programme's listing unless a newer one is already held.</summary>
    Task Upsert(ProgrammeListing listing);

    /// <summary>Every programme, ordered by name.</summary>
    Task<IReadOnlyList<ProgrammeListing>> List();
}
