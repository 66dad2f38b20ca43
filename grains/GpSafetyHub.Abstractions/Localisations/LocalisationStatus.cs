namespace GpSafetyHub.Localisations;

/// <summary>Where a practice stands with a programme. Derived on read, never stored.</summary>
public enum LocalisationStatus
{
    NotJoined = 1,
    Joined = 2,
    InProgress = 3,
    SignedOff = 4,
    Stale = 5,
    MouExpired = 6,
    Left = 7,
}
