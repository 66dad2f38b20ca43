using System.Net;
using Microsoft.AspNetCore.Http;

namespace GpSafetyHub.Web;

/// <summary>
/// What a person sees when a page fails: the NHS.UK pattern's plain words, never details of the
/// fault. A form that could not be accepted (its antiforgery token is missing or out of date) is
/// told how to try again.
/// </summary>
public static class WebErrorPages
{
    /// <summary>Whether the request was for a page (not the API, GraphiQL or health).</summary>
    public static bool IsPage(HttpRequest request) => !HubWebExtensions.IsApi(request.Path);

    public static Task WriteAsync(HttpContext http, int status)
    {
        var (title, body) = status switch
        {
            StatusCodes.Status404NotFound => ("Page not found",
                "<p>If you typed the web address, check it is correct.</p><p>If you followed a link, the record may not exist, or you may not have access to it.</p>"),
            StatusCodes.Status403Forbidden => ("You do not have access to this page",
                "<p>You are signed in, but your role in the hub does not include this page.</p><p>If you need it, ask the hub's administrators.</p>"),
            < 500 => ("This page could not be sent",
                "<p>The form may have been open for a long time, or been sent from somewhere else.</p><p>Go back, reload the page and try again.</p>"),
            _ => ("Sorry, there is a problem with the service",
                "<p>Try again later.</p><p>What you entered may not have been saved. It has been logged for the hub's administrators.</p>"),
        };
        http.Response.ContentType = "text/html; charset=utf-8";
        // An error handler clears the headers the page would have had: the page may still use the hub's stylesheet.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        return http.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{{WebUtility.HtmlEncode(title)}} – GP Safety Hub</title><link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css" /></head>
            <body><div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent">
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>{{body}}<p><a href="/">Go to the start page</a></p>
            </main></div></body>
            </html>
            """);
    }
}
