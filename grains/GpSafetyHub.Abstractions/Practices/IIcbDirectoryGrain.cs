namespace GpSafetyHub.Practices;

/// <summary>The ICB codes that have practices registered (one grain, key <see cref="Key"/>): what national figures fan out to.</summary>
public interface IIcbDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "all";

    Task Add(string icbCode);

    Task<IReadOnlyList<string>> List();
}
