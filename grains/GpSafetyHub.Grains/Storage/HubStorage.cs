namespace GpSafetyHub.Grains.Storage;

/// <summary>Names shared by the storage registration and the grains that use it.</summary>
public static class HubStorage
{
    public const string ProviderName = "hub";
}
