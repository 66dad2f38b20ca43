using System.Collections.Concurrent;
using GpSafetyHub.Deployments;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Operations;

/// <summary>
/// What an operation sees while it runs: the caller, scope questions about them, today's date and
/// the grains. Only the session makes one, so nothing outside this project reaches grains.
/// </summary>
public sealed class OperationContext
{
    private readonly ConcurrentDictionary<object, Lazy<Task<object?>>> _answers = new();

    internal OperationContext(IGrainFactory grains, Caller caller, DateOnly today, DeploymentClock deployments)
    {
        Deployments = deployments;
        Grains = grains;
        Caller = caller;
        Today = today;
        Scope = new ScopeChecks(this);
    }

    public Caller Caller { get; }

    public DateOnly Today { get; }

    /// <summary>The working-day calendar and targets deployments' KPI clocks count with.</summary>
    internal DeploymentClock Deployments { get; }

    internal IGrainFactory Grains { get; }

    internal ScopeChecks Scope { get; }

    /// <summary>
    /// The answer to a read this session already made, or <paramref name="read"/>'s: so a request
    /// that needs the same data in several places (every ICB's estate, say) fetches it once.
    /// Keys are values (records, tuples) naming the read and its inputs; an answer that failed is not kept.
    /// </summary>
    internal async Task<T> Once<T>(object key, Func<Task<T>> read)
    {
        var answer = _answers.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () => await read()));
        try
        {
            return (T)(await answer.Value)!;
        }
        catch
        {
            // A read that failed (a timeout, say) is not kept: whoever asks next reads again.
            _answers.TryRemove(KeyValuePair.Create(key, answer));
            throw;
        }
    }

    /// <summary>After a change every kept answer may be out of date.</summary>
    internal void Forget() => _answers.Clear();
}
