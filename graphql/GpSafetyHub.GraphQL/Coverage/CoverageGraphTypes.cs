using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Coverage;
using GraphQL;
using GraphQL.Types;
using GpSafetyHub.Operations.Coverage;
using GpSafetyHub.GraphQL.Alerts;
using GpSafetyHub.GraphQL.Practices;

namespace GpSafetyHub.GraphQL.Coverage;

public sealed class MouStateGraphType : EnumerationGraphType<MouState>
{
    public MouStateGraphType()
    {
        Name = "MouState";
        Description = "The state of a practice's MoU for a programme.";
        this.Describe(s => s switch
        {
            MouState.None => "No MoU.",
            MouState.Active => "In force.",
            MouState.Expired => "Past its expiry date.",
            _ => "Ended: the practice left the programme.",
        });
    }
}

public sealed class SopStateGraphType : EnumerationGraphType<SopState>
{
    public SopStateGraphType()
    {
        Name = "SopState";
        Description = "The state of a practice's SOP for a programme.";
        this.Describe(s => s switch
        {
            SopState.None => "No SOP recorded.",
            SopState.Draft => "Recorded but not approved.",
            SopState.Approved => "Approved and within its review date.",
            _ => "Approved, but past its review date.",
        });
    }
}

public sealed class CoverageOrderGraphType : EnumerationGraphType<CoverageOrder>
{
    public CoverageOrderGraphType()
    {
        Name = "CoverageOrder";
        Description = "How coverage rows are ordered.";
        this.Describe(o => o switch
        {
            CoverageOrder.Practice => "By practice ODS code, then programme.",
            CoverageOrder.HighestResidual => "Highest local residual rating first.",
            _ => "Earliest next review date first.",
        });
    }
}

public sealed class CoverageRowGraphType : ObjectGraphType<CoverageRow>
{
    public CoverageRowGraphType()
    {
        Name = "CoverageRow";
        Description = "One practice × programme line of an ICB's safety coverage.";
        Field(x => x.OdsCode, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practice.");
        Field(x => x.PracticeName).Description("The practice's name.");
        Field(x => x.PcnCode, nullable: true).Description("The practice's PCN.");
        Field(x => x.ProgrammeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme.");
        Field(x => x.Mou).Description("The MoU's state.");
        Field(x => x.Sop).Description("The SOP's state.");
        Field(x => x.Status).Description("The localisation's status against the programme's current version.");
        Field(x => x.VersionsBehind).Description("How many versions the sign-off is behind (stale by k versions).");
        Field(x => x.ApplicableHazards).Description("Open programme hazards that apply at the practice.");
        Field(x => x.NotAssessedHazards).Description("Open programme hazards not (re-)assessed.");
        Field(x => x.HighestLocalResidualRating, nullable: true).Description("The highest local residual rating.");
        Field(x => x.NextReviewDate, nullable: true).Description("The earliest of the SOP's review date and the MoU's expiry.");
        Field(x => x.Overdue).Description("Whether the next review date has passed.");
    }
}

public sealed class ProgrammeCoverageGraphType : ObjectGraphType<ProgrammeCoverage>
{
    public ProgrammeCoverageGraphType()
    {
        Name = "ProgrammeCoverage";
        Description = "One programme's coverage across a set of practices.";
        Field(x => x.ProgrammeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme.");
        Field(x => x.Joined).Description("Practices with an MoU in force.");
        Field(x => x.SignedOffCurrent).Description("Practices signed off against the current version.");
        Field(x => x.Stale).Description("Practices signed off against an older version.");
        Field(x => x.NotStarted).Description("Practices joined but not yet localising.");
        Field(x => x.Overdue).Description("Practices past a review date.");
    }
}

public sealed class IcbCoverageGraphType : ObjectGraphType<IcbCoveragePage>
{
    public IcbCoverageGraphType()
    {
        Name = "IcbCoverage";
        Description = "Clinical safety coverage across an ICB's estate (or, nationally, across every ICB).";
        Field("icbCode", x => x.Coverage.IcbCode).Description("The ICB's code ('ENGLAND' for national figures).");
        Field("practices", x => x.Coverage.Practices).Description("How many practices the ICB has.");
        Field("rows", x => x.Rows).Description("The page of practice × programme rows that pass the filter, in the order asked for.");
        Field("totalRows", x => x.TotalRows).Description("How many rows pass the filter.");
        Field("programmes", x => x.Coverage.Programmes).Description("Per programme: practices joined, signed off on the current version, stale, not started, overdue.");
        Field("programmeResidualGrid", x => x.Coverage.ProgrammeResidualGrid)
            .Description("Programme residual risks of the hazards that apply, counted per matrix cell: 25 numbers, likelihood rows (very low first) of severity columns (minor first).");
        Field("localResidualGrid", x => x.Coverage.LocalResidualGrid).Description("Local residual risks, counted per matrix cell in the same layout.");
        Field("practicesWithNoProgramme", x => x.Coverage.PracticesWithNoProgramme).Description("Practices that have joined no programme.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IcbCasAlertGraphType>>>>("casAlerts")
            .Description("CAS alerts that practices of the ICB have still to answer, with the ICB's figures: unacknowledged, overdue and so on. Empty for national figures.")
            .Runs(ctx => new ListIcbOutstandingAlerts(ctx.Source.Coverage.IcbCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PracticeGraphType>>>>("practicesWithoutCasContact")
            .Description("Practices with no CAS contact registered: safety alerts go to their safety lead or manager instead, and they are reminded weekly to register one. Empty for national figures.")
            .Runs(ctx => new ListPracticesWithoutCasContact(ctx.Source.Coverage.IcbCode));
    }
}

public sealed class NationalCoverageGraphType : ObjectGraphType<NationalCoverage>
{
    public NationalCoverageGraphType()
    {
        Name = "NationalCoverage";
        Description = "Coverage rolled up across every ICB, with each ICB's figures for comparison.";
        Field(x => x.Total).Description("Every ICB together.");
        Field(x => x.Icbs).Description("Each ICB's figures, by ICB code.");
    }
}
