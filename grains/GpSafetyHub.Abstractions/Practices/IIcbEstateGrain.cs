namespace GpSafetyHub.Practices;

/// <summary>
/// The practices of one ICB (keyed by ICB code), fed by the practices themselves. Each row is
/// tagged with the practice journal version it reflects: older pushes are ignored, and a removal
/// (the practice moved ICB) wins over anything older.
/// </summary>
public interface IIcbEstateGrain : IGrainWithStringKey
{
    Task Upsert(PracticeView practice);

    Task Remove(string odsCode, long revision);

    /// <summary>The ICB's practices, by ODS code.</summary>
    Task<IReadOnlyList<PracticeView>> Practices();
}
