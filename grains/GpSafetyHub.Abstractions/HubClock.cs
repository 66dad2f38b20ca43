namespace GpSafetyHub;

/// <summary>
/// The clock the hub's own rules read (what is due, overdue or expired, and every timestamp it
/// records): a <see cref="TimeProvider"/> registered under <see cref="Key"/>. Kept apart from the
/// unkeyed one Orleans and ASP.NET Core run on, so tests can move the hub's days forward without
/// moving the runtime's timers.
/// </summary>
public static class HubClock
{
    public const string Key = "hub-clock";
}
