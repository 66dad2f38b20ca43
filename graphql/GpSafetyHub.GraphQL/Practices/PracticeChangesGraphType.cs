using GpSafetyHub.Practices;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Practices;

public sealed class PracticeChangesGraphType : ObjectGraphType<PracticeChanges>
{
    public PracticeChangesGraphType()
    {
        Name = "PracticeChanges";
        Description = "What one row of a registration changed in a registered practice's entry.";
        Field(x => x.Row).Description("The row's number, from 1 (for CSV, the first line after the header).");
        Field(x => x.OdsCode).Description("The practice.");
        Field(x => x.Fields).Description("Each field changed, with its old and new value.");
    }
}

public sealed class PracticeFieldChangeGraphType : ObjectGraphType<PracticeFieldChange>
{
    public PracticeFieldChangeGraphType()
    {
        Name = "PracticeFieldChange";
        Description = "One field of an entry, before and after a change.";
        Field(x => x.Field).Description("The field, e.g. casContactEmail.");
        Field(x => x.Old, nullable: true).Description("What it said before (null: empty).");
        Field(x => x.New, nullable: true).Description("What it says now (null: cleared).");
    }
}
