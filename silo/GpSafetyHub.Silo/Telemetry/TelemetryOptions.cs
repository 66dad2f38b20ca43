namespace GpSafetyHub.Silo.Telemetry;

/// <summary>
/// What the hub tells operators (the <c>Telemetry</c> section): traces and metrics sent to an
/// OpenTelemetry collector over OTLP, and metrics for Prometheus to scrape. Nothing is collected
/// unless one of them is configured. Checked as the host starts.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The name traces and metrics carry (<c>service.name</c>); every silo of one deployment shares it.</summary>
    public string ServiceName { get; set; } = "gp-safety-hub";

    /// <summary>The collector's base address (such as http://collector:4318); signal paths are added. Unset: no OTLP.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>HttpProtobuf</c> (port 4318 by convention) or <c>Grpc</c> (4317).</summary>
    public string OtlpProtocol { get; set; } = HttpProtobuf;

    public const string HttpProtobuf = "HttpProtobuf";

    public const string Grpc = "Grpc";

    /// <summary>Serves metrics in Prometheus' text format at <see cref="PrometheusPath"/>.</summary>
    public bool PrometheusEnabled { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>The share of requests traced, 0 to 1 (a request whose caller already traces it follows the caller's choice).</summary>
    public double TraceSampleRatio { get; set; } = 1.0;

    public bool Traces => OtlpEndpoint is not null;

    public bool Metrics => OtlpEndpoint is not null || PrometheusEnabled;

    /// <summary>The problems with these options, empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(ServiceName)) yield return $"{SectionName}:ServiceName must not be empty";
        if (OtlpEndpoint is { } endpoint && !(endpoint.IsAbsoluteUri && endpoint.Scheme is "http" or "https"))
            yield return $"{SectionName}:OtlpEndpoint must be an absolute http(s) address, such as http://collector:4318 (it is \"{endpoint}\")";
        if (!string.Equals(OtlpProtocol, HttpProtobuf, StringComparison.OrdinalIgnoreCase) && !string.Equals(OtlpProtocol, Grpc, StringComparison.OrdinalIgnoreCase))
            yield return $"{SectionName}:OtlpProtocol must be {HttpProtobuf} or {Grpc} (it is \"{OtlpProtocol}\")";
        if (PrometheusEnabled && !(PrometheusPath.StartsWith('/') && PrometheusPath.Length > 1))
            yield return $"{SectionName}:PrometheusPath must be a path such as /metrics (it is \"{PrometheusPath}\")";
        if (TraceSampleRatio is < 0 or > 1 || double.IsNaN(TraceSampleRatio))
            yield return $"{SectionName}:TraceSampleRatio must be between 0 and 1 (it is {TraceSampleRatio})";
    }
}
