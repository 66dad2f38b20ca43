using System.Text.Json;
using GpSafetyHub.Coverage;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>An ICB's coverage rows as the sources say they should be, to compare read models with.</summary>
internal static class CoverageSources
{
    /// <summary>
    /// Each of <paramref name="practices"/> now in <paramref name="icb"/>, with its localisation of
    /// every listed programme read afresh from the localisation grains (which activates them).
    /// </summary>
    public static async Task<IReadOnlyList<PracticeCoverage>> ReadAsync(IGrainFactory grains, string icb, IEnumerable<string> practices)
    {
        var programmes = await grains.GetGrain<IProgrammeDirectoryGrain>(IProgrammeDirectoryGrain.Key).List();
        var rows = new List<PracticeCoverage>();
        foreach (var ods in practices.Order(StringComparer.Ordinal))
        {
            var practice = await grains.GetGrain<IPracticeGrain>(ods).Get();
            if (practice.Details.IcbCode != icb) continue;
            var summaries = new List<LocalisationSummary>();
            foreach (var programme in programmes.OrderBy(p => p.Id, StringComparer.Ordinal))
                if (await grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programme.Id, ods)).GetSummary() is { } summary)
                    summaries.Add(summary);
            rows.Add(PracticeCoverage.Of(practice, summaries));
        }

        return rows;
    }

    /// <summary>Rows in a comparable form, by ODS code.</summary>
    public static string Json(IEnumerable<PracticeCoverage> rows) => JsonSerializer.Serialize(rows.OrderBy(r => r.OdsCode, StringComparer.Ordinal));
}
