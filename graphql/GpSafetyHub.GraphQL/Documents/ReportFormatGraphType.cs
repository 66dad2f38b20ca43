using GpSafetyHub.Documents.Reports;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Documents;

public sealed class ReportFormatGraphType : EnumerationGraphType<ReportFormat>
{
    public ReportFormatGraphType()
    {
        Name = "ReportFormat";
        Description = "How a report is taken away; both say the same.";
        this.Describe(f => f switch
        {
            ReportFormat.Docx => "A Word document (DOCX), for editing offline or uploading (DTAC asks for it).",
            _ => "One self-contained HTML page laid out for reading and printing.",
        });
    }
}
