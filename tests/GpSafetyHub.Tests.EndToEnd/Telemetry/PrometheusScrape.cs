using System.Globalization;
using System.Text.RegularExpressions;

namespace GpSafetyHub.Tests.EndToEnd.Telemetry;

/// <summary>Reads figures from a scrape in Prometheus' text format, as a Prometheus server would.</summary>
public static partial class PrometheusScrape
{
    /// <summary>The sum of a metric's samples whose labels contain every one of <paramref name="labels"/>; null when it has none.</summary>
    public static double? Sum(string scrape, string metric, params string[] labels)
    {
        var samples = SampleLine().Matches(scrape)
            .Where(m => m.Groups["name"].Value == metric && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
            .ToArray();
        return samples.Length == 0 ? null : samples.Sum();
    }

    // A sample: name{labels} value [timestamp].
    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>[-+0-9.eE]+|NaN)(?: \d+)?$", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
