using GpSafetyHub.Hazards;
using GpSafetyHub.Localisations;
using GpSafetyHub.Risk;
using GraphQL.Types;
using GpSafetyHub.GraphQL.Programmes;

namespace GpSafetyHub.GraphQL.Localisations;

public sealed class MouInputGraphType : InputObjectGraphType<Mou>
{
    public MouInputGraphType()
    {
        Name = "MouInput";
        Description = "A memorandum of understanding between a practice and a programme.";
        Field<NonNullGraphType<StringGraphType>>("reference").Description("The MoU's reference.");
        Field<NonNullGraphType<StringGraphType>>("signatoryName").Description("Who signed it for the practice.");
        Field<NonNullGraphType<StringGraphType>>("signatoryRole").Description("Their role.");
        Field<NonNullGraphType<DateOnlyGraphType>>("signedOn").Description("When it was signed.");
        Field<NonNullGraphType<DateOnlyGraphType>>("expiresOn").Description("When it expires (after signedOn).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new Mou(
        value.Get<string>("reference"), value.Get<string>("signatoryName"), value.Get<string>("signatoryRole"),
        value.Get<DateOnly>("signedOn"), value.Get<DateOnly>("expiresOn"));
}

public sealed class SopInputGraphType : InputObjectGraphType<Sop>
{
    public SopInputGraphType()
    {
        Name = "SopInput";
        Description = "A practice's SOP: text and/or a document reference. Give approvedBy and approvedOn together to approve it.";
        Field<StringGraphType>("text").Description("The procedure in Markdown (at most 50,000 characters).");
        Field<StringGraphType>("documentReference").Description("A reference to the procedure's document.");
        Field<NonNullGraphType<StringGraphType>>("version").Description("The SOP's own version, e.g. 1.2.");
        Field<StringGraphType>("approvedBy").Description("Who approved it.");
        Field<DateOnlyGraphType>("approvedOn").Description("When it was approved.");
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewDate").Description("When it is next due for review.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new Sop(
        value.Optional<string>("text"), value.Optional<string>("documentReference"), value.Get<string>("version"),
        value.Optional<string>("approvedBy"), value.Optional<DateOnly?>("approvedOn"), value.Get<DateOnly>("reviewDate"));
}

public sealed class HazardDecisionInputGraphType : InputObjectGraphType<HazardDecision>
{
    public HazardDecisionInputGraphType()
    {
        Name = "HazardDecisionInput";
        Description = "A practice's decision on one programme hazard.";
        Field<NonNullGraphType<BooleanGraphType>>("applicable").Description("Whether the hazard applies at the practice.");
        Field<StringGraphType>("rationale").Description("Why; required when not applicable.");
        Field<ListGraphType<NonNullGraphType<ControlInputGraphType>>>("localControls").Description("The practice's own controls.");
        Field<RiskInputGraphType>("localResidualRisk").Description("The risk remaining at the practice; required when applicable. A rating of 3+ needs a justification before sign-off.");
        Field<StringGraphType>("localOwner").Description("Who owns the hazard at the practice.");
        Field<StringGraphType>("notes").Description("Notes.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HazardDecision(
        value.Get<bool>("applicable"), value.Optional<string>("rationale"), value.List<HazardControl>("localControls"),
        value.Optional<RiskAssessment>("localResidualRisk"), value.Optional<string>("localOwner"), value.Optional<string>("notes"));
}

public sealed class PracticeSignOffInputGraphType : InputObjectGraphType<PracticeSignOff>
{
    public PracticeSignOffInputGraphType()
    {
        Name = "PracticeSignOffInput";
        Description = "A practice's sign-off; the time is the hub's.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Who signs.");
        Field<NonNullGraphType<StringGraphType>>("role").Description("Their role.");
        Field<StringGraphType>("professionalRegistration").Description("Their professional registration, where clinical.");
        Field<NonNullGraphType<StringGraphType>>("statement").Description("What they attest.");
        Field<DateOnlyGraphType>("reviewDate").Description("When the practice will next review its localisation (within three years); a year from today if not given.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PracticeSignOff(
        value.Get<string>("name"), value.Get<string>("role"), value.Optional<string>("professionalRegistration"), value.Get<string>("statement"))
    {
        ReviewDate = value.Optional<DateOnly?>("reviewDate"),
    };
}
