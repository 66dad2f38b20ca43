using GpSafetyHub.Operations.Programmes;
using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

/// <summary>A new programme, its id and its details: the input of <see cref="CreateProgramme"/>.</summary>
public sealed class CreateProgrammeInputGraphType : InputObjectGraphType<CreateProgramme>
{
    public CreateProgrammeInputGraphType()
    {
        Name = "CreateProgrammeInput";
        Description = "A new programme.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Lower-case slug, 3–64 characters, e.g. 'ai-scribe-nel'. Fixed for life.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The programme's name.");
        Field<NonNullGraphType<StringGraphType>>("product").Description("The software product being deployed.");
        Field<NonNullGraphType<StringGraphType>>("supplier").Description("The product's supplier.");
        Field<NonNullGraphType<StringGraphType>>("supplierSafetyCaseReference").Description("Reference of the supplier's DCB0129 safety case.");
        Field<NonNullGraphType<StringGraphType>>("csoFunction").Description("The CSO function holding the hazard log.");
        Field<NonNullGraphType<StringGraphType>>("responsibleCso").Description("The responsible Clinical Safety Officer.");
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewDate").Description("When the hazard log is next due for review.");
        Field<StringGraphType>("csoEmail").Description("The CSO function's mailbox, where review reminders for the log and its hazards go.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateProgramme(
        value.Get<string>("id"),
        new ProgrammeDetails(
            value.Get<string>("name"),
            value.Get<string>("product"),
            value.Get<string>("supplier"),
            value.Get<string>("supplierSafetyCaseReference"),
            value.Get<string>("csoFunction"),
            value.Get<string>("responsibleCso"),
            value.Get<DateOnly>("reviewDate")) { CsoEmail = value.Optional<string>("csoEmail") });
}
