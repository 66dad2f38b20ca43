using System.Text.Encodings.Web;
using GpSafetyHub.GraphQL.Errors;
using GpSafetyHub.GraphQL.Http;
using GpSafetyHub.Operations;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.GraphQL;

public static class HubGraphQLExtensions
{
    /// <summary>The hub's schema, its error shape, and the GraphiQL asset location.</summary>
    public static IServiceCollection AddHubGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(b => b
            .AddSchema<HubSchema>()
            // Readable text (quotes, '+', accents) in responses; the body is always served as JSON,
            // never embedded in HTML, so HTML-safe escaping buys nothing.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(HubSchema).Assembly)
            .AddErrorInfoProvider<HubErrorInfoProvider>()
            .UseMiddleware<Access.UnguardedFieldMiddleware>()
            // A span per operation (ActivitySource "GraphQL"), named by its fields when it has no name; never the document, which can hold patients' details.
            .UseTelemetry(telemetry =>
            {
                telemetry.RecordDocument = false;
                telemetry.EnrichWithDocument = OperationSpans.Name;
            })
            .AddUnhandledExceptionHandler(UnhandledExceptionMapping.Map));
        services.AddOptions<GraphiQLOptions>().BindConfiguration(GraphiQLOptions.SectionName);
        services.AddOptions<GraphQLLimits>().BindConfiguration(GraphQLLimits.SectionName);
        services.AddSingleton<ValidatedDocuments>();
        services.AddMetrics();
        services.AddSingleton<ErrorMetrics>();
        services.AddHubOperations();
        services.AddCallerRateLimiting();
        return services;
    }

    /// <summary>
    /// GraphQL at <c>/graphql</c> (GraphiQL for browsers), rate-limited per caller (the host must
    /// call <c>UseRateLimiter</c>), and GraphiQL's assets under <c>/graphiql</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHubGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/graphql", GraphQLEndpoint.Post).RequireRateLimiting(CallerRateLimiting.Policy);
        endpoints.MapGet("/graphql", GraphQLEndpoint.Get).RequireRateLimiting(CallerRateLimiting.Policy);
        endpoints.MapGet("/graphiql/{name}", GraphiQLPage.Asset);
        return endpoints;
    }
}
