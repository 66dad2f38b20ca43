using GpSafetyHub.Web;
using Microsoft.AspNetCore.Diagnostics;

namespace GpSafetyHub.Silo;

internal static partial class InternalErrors
{
    /// <summary>
    /// Anything that escapes an endpoint becomes an error the caller can act on, in every
    /// environment, never showing the fault: a request the server could not read (a form without
    /// its antiforgery token, say) keeps its 4xx status; anything else is INTERNAL, logged in full
    /// here. Pages get an HTML page, the API a JSON error.
    /// </summary>
    public static IApplicationBuilder UseHubInternalErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async http =>
            {
                var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
                // A client that went away is not a fault of the hub: nothing to log, nobody to answer.
                if (http.RequestAborted.IsCancellationRequested) return;
                var status = error is BadHttpRequestException unreadable ? unreadable.StatusCode : StatusCodes.Status500InternalServerError;
                http.Response.StatusCode = status;
                if (status >= 500 && error is not null)
                    LogUnhandled(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("GpSafetyHub.Silo"), http.Request.Path, error);
                if (WebErrorPages.IsPage(http.Request))
                {
                    await WebErrorPages.WriteAsync(http, status);
                    return;
                }

                await http.Response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        status >= 500
                            ? new { message = "The hub could not complete this request because of an internal error; it has been logged.", extensions = new { code = "INTERNAL" } }
                            : new { message = "The hub could not read this request.", extensions = new { code = "VALIDATION" } },
                    },
                });
            },
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error serving {Path}")]
    private static partial void LogUnhandled(ILogger logger, string path, Exception exception);
}
