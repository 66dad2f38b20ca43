namespace GpSafetyHub.Tests.Support;

/// <summary>Polls for state that is updated asynchronously (read models), failing after a bound.</summary>
public static class Eventually
{
    /// <summary>
    /// Reads until <paramref name="done"/> holds and returns that value; after
    /// <paramref name="timeoutSeconds"/> fails, saying <paramref name="what"/> and showing the last value read.
    /// </summary>
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, int timeoutSeconds = 30, string what = "Condition")
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} not met within {timeoutSeconds} s; last value: {value}");
            await Task.Delay(50);
        }
    }
}
