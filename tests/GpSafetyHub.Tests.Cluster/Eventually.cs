namespace GpSafetyHub.Tests.Cluster;

/// <summary>Polls for state that is updated asynchronously (read models), failing after a bound.</summary>
internal static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not met within {timeoutSeconds} s; last value: {value}");
            await Task.Delay(50);
        }
    }
}
