using GpSafetyHub.Operations.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class HazardLogImportPreviewGraphType : ObjectGraphType<HazardLogImportPreview>
{
    public HazardLogImportPreviewGraphType()
    {
        Name = "HazardLogImportPreview";
        Description = "What importing a hazard log file would add to the draft, row by row. Nothing has changed.";
        Field(x => x.FileName).Description("The file's name, as the hazards' history will give it.");
        Field(x => x.Ready).Description("Whether the file would import: no row refused (a file with any refused row imports nothing) and at least one hazard to bring in.");
        Field(x => x.Rows).Description("Each row under the heading row, in file order.");
    }
}

public sealed class HazardLogImportRowGraphType : ObjectGraphType<HazardLogImportRow>
{
    public HazardLogImportRowGraphType()
    {
        Name = "HazardLogImportRow";
        Description = "A row of the file: the hazard it would become, or why it is refused.";
        Field(x => x.Row).Description("The row's number, as a spreadsheet shows it.");
        Field(x => x.Title, nullable: true).Description("The row's title, if it has one.");
        Field(x => x.BecomesHazardId, nullable: true).Description("The id the hazard would get in the draft (e.g. H-004), if the row is accepted.");
        Field(x => x.Problems).Description("Why the row is refused: each names the column and the rule. Empty when it is accepted.");
        Field(x => x.Skipped, nullable: true).Description("Why the row is left out without refusing the file, e.g. \"closed in the file\" (a closed hazard is not brought in).");
    }
}
