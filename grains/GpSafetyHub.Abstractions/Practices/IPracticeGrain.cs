using GpSafetyHub.History;

namespace GpSafetyHub.Practices;

/// <summary>A GP practice in the directory, keyed by its ODS code. Every change, a move of ICB included, is in its history.</summary>
public interface IPracticeGrain : IGrainWithStringKey
{
    /// <summary>Creates or updates the entry with details already validated by <see cref="PracticeDetails.Validated"/>.</summary>
    Task<RegistrationOutcome> Register(PracticeDetails details, Actor actor);

    Task<PracticeView> Get();

    Task<HistoryPage> GetHistory(int first, long? before);
}
