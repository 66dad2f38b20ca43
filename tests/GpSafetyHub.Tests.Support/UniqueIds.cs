namespace GpSafetyHub.Tests.Support;

/// <summary>Ids no other test uses, so tests can share one storage account.</summary>
public static class UniqueIds
{
    public static string Programme(string prefix = "prog") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];
}
