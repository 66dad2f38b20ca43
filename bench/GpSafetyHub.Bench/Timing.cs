using System.Diagnostics;

namespace GpSafetyHub.Bench;

/// <summary>Times a piece of work several times after one warm-up run.</summary>
internal static class Timing
{
    public static (double Median, double P95) Measure<T>(int runs, Func<T> work)
    {
        work();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(work());
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[runs / 2], times[(int)Math.Ceiling(runs * 0.95) - 1]);
    }
}
