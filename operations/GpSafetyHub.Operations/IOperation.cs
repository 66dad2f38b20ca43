using GpSafetyHub.Errors;

namespace GpSafetyHub.Operations;

/// <summary>
/// Something the hub offers a caller: a query or a command. Its input is the record's own
/// properties; <see cref="IOperation{TResult}.Access"/> is its rule, checked by the session before
/// it runs. Front doors (the GraphQL API, the web application) only ever build operations and
/// hand them to a <see cref="HubSession"/>: they hold no grains of their own.
/// </summary>
public interface IOperation
{
    /// <summary>Runs the operation in the session, for adapters that pass its result on without knowing its type.</summary>
    Task<object?> RunBoxedIn(HubSession session);
}

/// <inheritdoc cref="IOperation"/>
public interface IOperation<TResult> : IOperation
{
    /// <summary>Null when the caller may run it; otherwise the refusal (an out-of-scope read refuses exactly as a missing record).</summary>
    ValueTask<HubException?> Access(OperationContext context);

    /// <summary>What it does, once its rule allowed it.</summary>
    Task<TResult> Run(OperationContext context);

    async Task<object?> IOperation.RunBoxedIn(HubSession session) => await session.Run(this);
}

/// <summary>A read. Asked again in the same session (one request), it is answered from the first answer.</summary>
public interface IQuery<TResult> : IOperation<TResult>;

/// <summary>A change. Running one forgets every answer the session kept, so later reads see the change.</summary>
public interface ICommand<TResult> : IOperation<TResult>;
