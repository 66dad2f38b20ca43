namespace GpSafetyHub.Documents.Tables;

/// <summary>How a table of records is taken away: a workbook, or plain CSV.</summary>
public enum TableFormat
{
    Xlsx = 1,
    Csv = 2,
}
