using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Documents;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Documents;

/// <summary>The documents people are asked for, produced from the records.</summary>
internal static class DocumentFields
{
    public static void AddDocumentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DocumentGraphType>>("hazardLogSpreadsheet")
            .Description("A programme's hazard log as XLSX in the NHS hazard log template's columns, with its controls, the risk matrix and the versions' sign-offs: a published version, or the draft (marked as draft) when `version` is left out.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme's id.")
            .Argument<IntGraphType>("version", "The published version's number; leave it out for the draft.")
            .Runs(ctx => new ExportHazardLog(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<int?>("version")));
    }
}
