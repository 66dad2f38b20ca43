using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Programmes;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

/// <summary>Bringing hazards in: a template spreadsheet a CSO already keeps, or another programme's published version.</summary>
internal static class HazardLogImportFields
{
    public static void AddHazardLogImportQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<HazardLogImportPreviewGraphType>>("hazardLogImportPreview")
            .Description("Reads a hazard log file (XLSX or CSV in the NHS hazard log template's columns, up to 700 KB) and says what importing it into the programme's draft would add, row by row. Changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme whose draft would receive the hazards.")
            .Argument<NonNullGraphType<StringGraphType>>("fileName", "The file's name, e.g. hazard-log.xlsx (a .csv name reads it as CSV).")
            .Argument<NonNullGraphType<StringGraphType>>("contentBase64", "The file's bytes, base64-encoded.")
            .Runs(ctx => new PreviewHazardLogImport(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("fileName"), Bytes(ctx)));
    }

    public static void AddHazardLogImportMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HazardGraphType>>>>("importHazardLog")
            .Description("Imports a hazard log file into the programme's draft, each hazard's history naming the file and row. VALIDATION, importing nothing, if any row is refused (each named \"row N: column\"). Importing the same file again adds nothing twice.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId", "The programme whose draft receives the hazards.")
            .Argument<NonNullGraphType<StringGraphType>>("fileName", "The file's name, e.g. hazard-log.xlsx.")
            .Argument<NonNullGraphType<StringGraphType>>("contentBase64", "The file's bytes, base64-encoded.")
            .Runs(ctx => new ImportHazardLog(ctx.GetArgument<string>("programmeId"), ctx.GetArgument<string>("fileName"), Bytes(ctx)));

        mutation.Field<NonNullGraphType<ProgrammeGraphType>>("startProgrammeFrom")
            .Description("Creates a programme whose draft starts with the open hazards of another programme's published version, each hazard's history naming where it came from. Asking again after a failure completes it without adding anything twice.")
            .Argument<NonNullGraphType<CreateProgrammeInputGraphType>>("input", "The new programme.")
            .Argument<NonNullGraphType<IdGraphType>>("sourceProgrammeId", "The programme whose hazards it starts with.")
            .Argument<NonNullGraphType<IntGraphType>>("sourceVersion", "The published version of that programme.")
            .Runs(ctx =>
            {
                var create = ctx.GetArgument<CreateProgramme>("input");
                return new StartProgrammeFrom(create.Id, create.Details, ctx.GetArgument<string>("sourceProgrammeId"), ctx.GetArgument<int>("sourceVersion"));
            });
    }

    private static byte[] Bytes(IResolveFieldContext context)
    {
        try
        {
            return Convert.FromBase64String(context.GetArgument<string>("contentBase64"));
        }
        catch (FormatException)
        {
            throw new ValidationFailedException("contentBase64", "must be the file's bytes in base64");
        }
    }
}
