using GpSafetyHub.GraphQL.Errors;
using GpSafetyHub.Jobs;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GpSafetyHub.Silo.Telemetry;

/// <summary>
/// OpenTelemetry for operators, as the <c>Telemetry</c> section says: traces from the HTTP request
/// through the GraphQL operation and grain calls to each storage call, and metrics (requests and
/// their durations, errors by code, storage latency, grain counts, the reminder backlog), sent over
/// OTLP and/or served for Prometheus. With neither configured nothing is collected.
/// </summary>
internal static class HubTelemetryExtensions
{
    // The hub's own meters, ASP.NET Core's (requests), Orleans' (grains, activations, grain storage) and the runtime's (memory, GC, threads).
    private static readonly string[] Meters =
        [ErrorMetrics.MeterName, ReminderMetrics.MeterName, StorageMetrics.MeterName, GpSafetyHub.Grains.Practices.SiloLossRepairGrain.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.Orleans", "System.Runtime"];

    // GraphQL.NET's operation spans, Orleans' grain-call and grain-storage spans, and the Azure SDK's storage calls.
    private static readonly string[] Sources = ["GraphQL", "Microsoft.Orleans.Application", "Microsoft.Orleans.Storage", "Azure.Data.Tables.*"];

    public static WebApplicationBuilder AddHubTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var problems = telemetry.Problems().ToList();
        if (problems.Count > 0) throw new OptionsValidationException(TelemetryOptions.SectionName, typeof(TelemetryOptions), problems);
        if (!telemetry.Metrics) return builder;

        // The Azure SDK makes spans only when asked; read once, before the first storage client is made.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        builder.Services.AddSingleton<StorageMetrics>();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(telemetry.ServiceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddAspNetCoreInstrumentation();
                if (telemetry.PrometheusEnabled) metrics.AddPrometheusExporter();
            });
        if (telemetry.Traces)
        {
            otel.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(telemetry.TraceSampleRatio)))
                .AddSource(Sources)
                // Probes and scrapes every few seconds would bury the requests worth reading.
                .AddAspNetCoreInstrumentation(http => http.Filter = context => !IsOperatorPath(context.Request.Path, telemetry)));
            // Traces, metrics and logs alike go to the collector.
            otel.UseOtlpExporter(string.Equals(telemetry.OtlpProtocol, TelemetryOptions.Grpc, StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf, telemetry.OtlpEndpoint!);
        }

        return builder;
    }

    /// <summary>Serves the Prometheus scrape when it is enabled; the storage listener starts with the host.</summary>
    public static WebApplication MapHubTelemetry(this WebApplication app)
    {
        var telemetry = app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!telemetry.Metrics) return app;
        app.Services.GetRequiredService<StorageMetrics>();
        if (telemetry.PrometheusEnabled) app.MapPrometheusScrapingEndpoint(telemetry.PrometheusPath);
        return app;
    }

    private static bool IsOperatorPath(PathString path, TelemetryOptions telemetry) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || (telemetry.PrometheusEnabled && path.StartsWithSegments(telemetry.PrometheusPath, StringComparison.OrdinalIgnoreCase));
}
