using GpSafetyHub.Documents.Tables;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Documents;

public sealed class TableFormatGraphType : EnumerationGraphType<TableFormat>
{
    public TableFormatGraphType()
    {
        Name = "TableFormat";
        Description = "How a table of records is taken away.";
        this.Describe(f => f switch
        {
            TableFormat.Xlsx => "An Excel workbook (XLSX) with a heading row.",
            _ => "CSV with a header line; a cell starting with =, +, - or @ is written with a leading apostrophe so it stays text.",
        });
    }
}
