using System.Diagnostics;

namespace GpSafetyHub.Silo;

/// <summary>
/// The clock Orleans' membership and silo watchdog measure with, counting from when the silo is
/// built. The watchdog starts its stall check a moment before it records when its participant check
/// last ran, so with the system clock (which counts from the machine's boot) that first check saw
/// the machine's whole uptime and logged a "deadlock" at every start. Timestamps are only ever
/// subtracted from one another, so moving their zero changes nothing else; the time of day is the system's.
/// </summary>
internal sealed class SiloStartClock : TimeProvider
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override long GetTimestamp() => Stopwatch.GetTimestamp() - _origin;
}
