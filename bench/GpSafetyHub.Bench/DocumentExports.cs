using GpSafetyHub.Coverage;
using GpSafetyHub.Documents;
using GpSafetyHub.Documents.Coverage;
using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Documents.Reports;
using GpSafetyHub.Documents.SafetyCases;
using GpSafetyHub.Documents.Tables;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Bench;

/// <summary>
/// What producing the documents costs: a hazard log of realistic hazards as XLSX, its safety case
/// report as DOCX and HTML, and an ICB's coverage as XLSX, each beside its CSV in the same run
/// (the cheapest writing of the same rows: the baseline). The records are built in memory, so
/// this measures the writing alone, not the reads behind it.
/// </summary>
internal static class DocumentExports
{
    private const int Runs = 30;

    public static Task<int> RunAsync(int hazards, int practices)
    {
        var details = new ProgrammeDetails("AI scribe — London", "Ambient Notes 2", "Northwind Ltd", "NW-CSC-2026-04", "London CSS", "Dr Ada Lovelace", new DateOnly(2027, 6, 30));
        var log = Enumerable.Range(1, hazards).Select(i => new Hazard(Hazard.IdFor(i), new DateOnly(2026, 10, 1), 1, LocalisationBytes.RealisticHazard(i), null)).ToArray();
        var summary = new PublishedVersionSummary(1, DateTimeOffset.UtcNow, new Actor("cso", "Dr Ada Lovelace", "cso", "London CSS"),
            new CsoSignOff("Dr Ada Lovelace", "Clinical Safety Officer", "GMC 1234567", "Fit for deployment."), "Version 1", hazards);
        var programme = new ProgrammeView("ai-scribe", details, DateTimeOffset.UtcNow, hazards, log, [summary], hazards + 1);
        var version = new PublishedVersion("ai-scribe", summary, details, log);
        // Each practice in three programmes, as the ICB dashboard lists them.
        var rows = Enumerable.Range(0, practices).SelectMany(p => Enumerable.Range(0, 3).Select(g => new CoverageRow(
            $"Z{90000 + p:D5}", $"Practice {p} Medical Centre", $"U{90000 + p / 6:D5}", $"programme-{g}", MouState.Active, SopState.Approved,
            (LocalisationStatus)(1 + ((p + g) % 7)), (p + g) % 3, 12, p % 5, 1 + (p % 5), new DateOnly(2027, 1, 1).AddDays(p % 300), p % 11 == 0))).ToArray();

        Console.WriteLine($"Documents from {hazards} hazards and {rows.Length} coverage rows ({practices} practices × 3 programmes); {Runs} runs each after one warm-up, .NET {Environment.Version}");
        Console.WriteLine($"{"Document",-44} {"median",9} {"p95",9} {"allocated",11} {"size",10}");
        Report("Hazard log, CSV (baseline)", () => new DocumentTable("Hazard log", HazardLogWorkbook.HazardColumns.Select(c => new TableColumn(c, c)).ToArray(),
            log.Select(h => (IReadOnlyList<GpSafetyHub.Documents.Spreadsheets.SheetCell>)[h.Id, h.Content.Title, h.Content.Description, h.Content.Effect, h.Content.PotentialHarm]).ToArray()).As(TableFormat.Csv, "log"));
        Report("Hazard log, XLSX (4 sheets)", () => HazardLogWorkbook.For(programme, version));
        Report("Clinical Safety Case Report, HTML", () => SafetyCaseReport.For(programme, version).As(ReportFormat.Html));
        Report("Clinical Safety Case Report, DOCX", () => SafetyCaseReport.For(programme, version).As(ReportFormat.Docx));
        Report("ICB coverage, CSV (baseline)", () => CoverageTable.For("QMF", rows, TableFormat.Csv));
        Report("ICB coverage, XLSX", () => CoverageTable.For("QMF", rows, TableFormat.Xlsx));
        return Task.FromResult(0);
    }

    private static void Report(string name, Func<DocumentFile> export)
    {
        var size = export().Content.Length;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (median, p95) = Timing.Measure(Runs, export);
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (Runs + 1);
        Console.WriteLine($"{name,-44} {median,7:F1}ms {p95,7:F1}ms {allocated / 1024.0 / 1024.0,8:F1}MiB {size / 1024.0,7:F0}KiB");
    }
}
