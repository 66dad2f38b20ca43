using GpSafetyHub.Deployments;
using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Operations;

/// <summary>
/// One caller's use of the hub (a GraphQL request, a page being rendered): runs operations,
/// each only after its access rule allowed it, and keeps the answers of reads for the session.
/// </summary>
public sealed class HubSession
{
    private readonly OperationContext _context;

    internal HubSession(IGrainFactory grains, Caller caller, DateOnly today, DeploymentClock deployments) =>
        _context = new OperationContext(grains, caller, today, deployments);

    public Caller Caller => _context.Caller;

    public DateOnly Today => _context.Today;

    /// <summary>
    /// Runs the operation if its rule allows the caller; throws the refusal otherwise. A grain call
    /// that timed out or a silo that could not be reached is <see cref="StorageUnavailableException"/>:
    /// the same "try again shortly" as a storage outage.
    /// </summary>
    public async Task<TResult> Run<TResult>(IOperation<TResult> operation)
    {
        try
        {
            if (operation is IQuery<TResult>) return await _context.Once(operation, () => Guarded(operation));
            try
            {
                return await Guarded(operation);
            }
            finally
            {
                _context.Forget();
            }
        }
        catch (Exception e) when (e is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException)
        {
            throw new StorageUnavailableException();
        }
    }

    /// <summary>Whether the operation's rule allows the caller, without running it: a page offers a change only to whoever may make it.</summary>
    public async Task<bool> Allows<TResult>(IOperation<TResult> operation) => await operation.Access(_context) is null;

    private async Task<TResult> Guarded<TResult>(IOperation<TResult> operation)
    {
        if (await operation.Access(_context) is { } refusal) throw refusal;
        return await operation.Run(_context);
    }
}
