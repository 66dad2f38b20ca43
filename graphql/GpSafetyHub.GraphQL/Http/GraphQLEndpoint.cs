using System.Text;
using System.Text.Json;
using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Errors;
using GpSafetyHub.GraphQL.Introspection;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Operations;

namespace GpSafetyHub.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST with a JSON body for anything, GET with query-string
/// parameters for queries only (a mutation over GET is refused, so links and prefetches can never
/// change data). A request that cannot be parsed or fails validation is a 400 (a GET mutation 405,
/// an Accept the hub cannot serve 406, storage not answering 503); errors always have the same
/// shape, and never carry stack traces.
/// </summary>
internal static partial class GraphQLEndpoint
{
    public static async Task Post(HttpContext http, IDocumentExecuter<HubSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> limits, ValidatedDocuments documents)
    {
        if (!await AcceptableAsync(http, serializer)) return;
        if (!IsJson(http.Request.ContentType))
        {
            await WriteRefusal(http, serializer, StatusCodes.Status415UnsupportedMediaType,
                new ValidationFailedException("Content-Type", "must be application/json"));
            return;
        }

        var maxBytes = limits.Value.MaxBodyBytes;
        if (await ReadBodyAsync(http.Request, maxBytes) is not { } body)
        {
            await WriteRefusal(http, serializer, StatusCodes.Status413PayloadTooLarge,
                new ValidationFailedException("body", $"must be at most {maxBytes:N0} bytes"));
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(Encoding.UTF8.GetString(body.Span));
        }
        catch (JsonException)
        {
            await WriteRefusal(http, serializer, StatusCodes.Status400BadRequest,
                new ValidationFailedException("body", "must be a JSON object with a 'query' string and optional 'variables' object and 'operationName'"));
            return;
        }

        await Execute(http, executer, serializer, request, documents, queriesOnly: false);
    }

    public static async Task Get(HttpContext http, IDocumentExecuter<HubSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> limits, ValidatedDocuments documents)
    {
        var query = http.Request.Query;
        if (!query.ContainsKey("query") && AcceptsHtml(http.Request))
        {
            await GraphiQLPage.Write(http);
            return;
        }

        if (!await AcceptableAsync(http, serializer)) return;

        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query["query"].ToString(),
                OperationName = NullIfEmpty(query["operationName"].ToString()),
                Variables = NullIfEmpty(query["variables"].ToString()) is { } variables ? serializer.Deserialize<global::GraphQL.Inputs>(variables) : null,
            };
        }
        catch (JsonException)
        {
            await WriteRefusal(http, serializer, StatusCodes.Status400BadRequest,
                new ValidationFailedException("variables", "must be a JSON object"));
            return;
        }

        await Execute(http, executer, serializer, request, documents, queriesOnly: true);
    }

    private static async Task Execute(
        HttpContext http,
        IDocumentExecuter<HubSchema> executer,
        IGraphQLTextSerializer serializer,
        GraphQLRequest? request,
        ValidatedDocuments documents,
        bool queriesOnly)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteRefusal(http, serializer, StatusCodes.Status400BadRequest, new ValidationFailedException("query", "is required"));
            return;
        }

        // Nothing is parsed or validated for a caller without a valid token: no data, no schema, no suggestions.
        HubUserContext user;
        try
        {
            user = new HubUserContext(http.RequestServices.GetRequiredService<HubSessions>().For(await SignedInCallerAsync(http)));
        }
        catch (HubException e)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteRefusal(http, serializer, StatusCodes.Status401Unauthorized, e);
            return;
        }

        try
        {
            var (document, rules) = documents.For(request.Query, request.OperationName, queriesOnly);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = document is null ? request.Query : null,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = user,
                CancellationToken = http.RequestAborted,
                ValidationRules = rules,
            });
            if (document is null && result.Executed && result.Document is { } validated) documents.Keep(request.Query, request.OperationName, queriesOnly, validated);
            await Write(http, serializer, StatusOf(http, result), result);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nothing to answer and nothing wrong with the hub.
            LogClientGone(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("GpSafetyHub.GraphQL"), http.Request.Path);
        }
    }

    /// <summary>
    /// 200 for a request that ran; 400 for one that did not parse or validate; 405 for a mutation
    /// sent with GET; 503 with Retry-After when storage did not answer (safe to retry).
    /// </summary>
    private static int StatusOf(HttpContext http, ExecutionResult result)
    {
        var errors = result.Errors ?? [];
        if (errors.OfType<MutationOverGetError>().Any())
        {
            http.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.OfType<HubExecutionError>().Any(e => e.Code == StorageUnavailableException.ErrorCode))
        {
            http.Response.Headers.RetryAfter = StorageUnavailableException.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCodes.Status503ServiceUnavailable;
        }

        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    /// <summary>Answers 406 (in JSON, which every client reads) when the client accepts neither GraphQL media type.</summary>
    private static async Task<bool> AcceptableAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (ResponseMediaType.Choose(http.Request) is not null) return true;
        await WriteRefusal(http, serializer, StatusCodes.Status406NotAcceptable,
            new ValidationFailedException("Accept", $"must accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}"));
        return false;
    }

    private static async Task<Caller> SignedInCallerAsync(HttpContext http)
    {
        // The bearer scheme only: a browser's web session cookie never authenticates an API call.
        var authenticated = await http.AuthenticateAsync(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme);
        if (!authenticated.Succeeded)
            throw new UnauthenticatedException(authenticated.None
                ? "Sign in: every GraphQL operation needs a bearer token (Authorization: Bearer …)."
                : "The bearer token was refused: its signature, issuer, audience or lifetime is not valid.");
        return Caller.From(authenticated.Principal, http.RequestServices.GetRequiredService<IOptions<HubAuthOptions>>().Value);
    }

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (read no further than that).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static Task WriteRefusal(HttpContext http, IGraphQLTextSerializer serializer, int status, HubException refusal) =>
        Write(http, serializer, status, new ExecutionResult { Errors = [new HubExecutionError(refusal)] });

    private static async Task Write(HttpContext http, IGraphQLTextSerializer serializer, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{ResponseMediaType.Choose(http.Request) ?? ResponseMediaType.Json}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "The client disconnected before {Path} was answered")]
    private static partial void LogClientGone(ILogger logger, string path);
}
