namespace GpSafetyHub.Risk;

/// <summary>
/// Counts of risk assessments per cell of the 5×5 matrix, as 25 numbers: likelihood rows (very low
/// first) of severity columns (minor first). Grids add up cell by cell.
/// </summary>
public static class RiskGrid
{
    public const int Cells = 25;

    public static int IndexOf(Severity severity, Likelihood likelihood) => ((int)likelihood - 1) * 5 + (int)severity - 1;

    public static int[] Count(IEnumerable<RiskAssessment> assessments)
    {
        var grid = new int[Cells];
        foreach (var a in assessments) grid[IndexOf(a.Severity, a.Likelihood)]++;
        return grid;
    }

    public static int[] Sum(IEnumerable<IReadOnlyList<int>> grids)
    {
        var total = new int[Cells];
        foreach (var grid in grids)
            for (var i = 0; i < grid.Count && i < Cells; i++) total[i] += grid[i];
        return total;
    }
}
