using GpSafetyHub.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class ProgrammeDetailsGraphType : ObjectGraphType<ProgrammeDetails>
{
    public ProgrammeDetailsGraphType()
    {
        Name = "ProgrammeDetails";
        Description = "What a programme deploys and who is clinically accountable for it.";
        Field(x => x.Name).Description("The programme's name.");
        Field(x => x.Product).Description("The software product being deployed.");
        Field(x => x.Supplier).Description("The product's supplier (manufacturer).");
        Field(x => x.SupplierSafetyCaseReference).Description("Reference of the supplier's DCB0129 clinical safety case.");
        Field(x => x.CsoFunction).Description("The Clinical Safety Officer function holding the hazard log.");
        Field(x => x.ResponsibleCso).Description("The responsible Clinical Safety Officer.");
        Field(x => x.ReviewDate).Description("When the programme's hazard log is next due for review.");
        Field(x => x.CsoEmail, nullable: true).Description("The CSO function's mailbox for review reminders; reminders for a programme without one are reported as undeliverable.");
    }
}
