using GpSafetyHub.Alerts;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Alerts;

public sealed class CasAlertInputGraphType : InputObjectGraphType<CasAlertDetails>
{
    public CasAlertInputGraphType()
    {
        Name = "CasAlertInput";
        Description = "A CAS alert as recorded or amended (all of it). Name programmes, ICBs or both.";
        Field<NonNullGraphType<CasAlertTypeGraphType>>("type").Description("The kind of alert.");
        Field<NonNullGraphType<StringGraphType>>("originator").Description("Who issued it, e.g. MHRA.");
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("When it was issued (not in the future).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Its title.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What it is about.");
        Field<NonNullGraphType<StringGraphType>>("actionRequired").Description("What practices must do.");
        Field<DateOnlyGraphType>("acknowledgeBy").Description("Deadline to acknowledge; by default a configured number of days after issuedOn.");
        Field<DateOnlyGraphType>("actionCompleteBy").Description("Deadline to complete the action (on or after acknowledgeBy); by default a configured number of days after issuedOn.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("programmeIds").Description("Programmes whose software it concerns.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("icbCodes").Description("ICBs all of whose practices must act.");
        Field<NonNullGraphType<StringGraphType>>("csoEmail").Description("The CSO function's mailbox for summaries of outstanding practices.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CasAlertDetails(
        value.Get<CasAlertType>("type"), value.Get<string>("originator"), value.Get<DateOnly>("issuedOn"), value.Get<string>("title"),
        value.Get<string>("summary"), value.Get<string>("actionRequired"), value.Optional<DateOnly?>("acknowledgeBy"),
        value.Optional<DateOnly?>("actionCompleteBy"), value.List<string>("programmeIds"), value.List<string>("icbCodes"), value.Get<string>("csoEmail"));
}

/// <summary>A practice's answer to an alert.</summary>
public sealed record CasResponseInput(CasResponseOutcome Outcome, string Details);

public sealed class CasResponseInputGraphType : InputObjectGraphType<CasResponseInput>
{
    public CasResponseInputGraphType()
    {
        Name = "CasResponseInput";
        Description = "A practice's response to an alert.";
        Field<NonNullGraphType<CasResponseOutcomeGraphType>>("outcome").Description("Action complete, or action not required.");
        Field<NonNullGraphType<StringGraphType>>("details").Description("What was done, or why nothing is needed (required).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CasResponseInput(value.Get<CasResponseOutcome>("outcome"), value.Get<string>("details"));
}
