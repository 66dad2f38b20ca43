using Microsoft.AspNetCore.Diagnostics;

namespace GpSafetyHub.Silo;

internal static partial class InternalErrors
{
    /// <summary>
    /// Anything that escapes an endpoint becomes a JSON error with the code INTERNAL, in every
    /// environment: logged in full here, never shown to the caller.
    /// </summary>
    public static IApplicationBuilder UseHubInternalErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async http =>
            {
                var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
                // A client that went away is not a fault of the hub: nothing to log, nobody to answer.
                if (http.RequestAborted.IsCancellationRequested) return;
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("GpSafetyHub.Silo");
                if (error is not null) LogUnhandled(logger, http.Request.Path, error);
                await http.Response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        new { message = "The hub could not complete this request because of an internal error; it has been logged.", extensions = new { code = "INTERNAL" } },
                    },
                });
            },
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error serving {Path}")]
    private static partial void LogUnhandled(ILogger logger, string path, Exception exception);
}
