using GpSafetyHub.Errors;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.GraphQL.Errors;

/// <summary>
/// Turns exceptions thrown by resolvers into GraphQL errors: the hub's refusals keep their code
/// and message; anything else is logged in full and reported without details.
/// </summary>
internal static partial class UnhandledExceptionMapping
{
    public static void Map(UnhandledExceptionContext context)
    {
        var exception = context.OriginalException is AggregateException { InnerExceptions.Count: 1 } aggregate
            ? aggregate.InnerExceptions[0]
            : context.OriginalException;
        if (exception is HubException refusal)
        {
            context.Exception = new HubExecutionError(refusal);
            return;
        }

        if (exception is OperationCanceledException && context.Context?.CancellationToken.IsCancellationRequested == true)
        {
            context.ErrorMessage = "The request was cancelled.";
            return;
        }

        var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("GpSafetyHub.GraphQL");
        if (logger is not null) LogUnexpected(logger, context.FieldContext?.FieldDefinition.Name ?? "(request)", exception);
        context.ErrorMessage = "The hub could not complete this request because of an internal error; it has been logged.";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error resolving {Field}")]
    private static partial void LogUnexpected(ILogger logger, string field, Exception exception);
}
