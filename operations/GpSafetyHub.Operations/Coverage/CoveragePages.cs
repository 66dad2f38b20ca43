using GpSafetyHub.Coverage;

namespace GpSafetyHub.Operations.Coverage;

/// <summary>Coverage with its rows filtered, ordered and paged.</summary>
public sealed record IcbCoveragePage(IcbCoverage Coverage, IReadOnlyList<CoverageRow> Rows, int TotalRows);

/// <summary>Coverage rolled up for every ICB, and each ICB's own figures (without rows).</summary>
public sealed record NationalCoverage(IcbCoveragePage Total, IReadOnlyList<IcbCoveragePage> Icbs);
