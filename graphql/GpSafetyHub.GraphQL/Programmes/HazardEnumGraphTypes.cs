using GpSafetyHub.Hazards;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Programmes;

public sealed class HazardStatusGraphType : EnumerationGraphType<HazardStatus>
{
    public HazardStatusGraphType()
    {
        Name = "HazardStatus";
        Description = "Where a hazard stands. Hazards are never deleted; they are closed with a reason.";
        this.Describe(s => s switch
        {
            HazardStatus.Open => "Identified and being managed.",
            HazardStatus.Transferred => "Responsibility for the risk passed to another organisation (see transferredTo).",
            _ => "No longer applies; the closing reason is kept (see closedReason).",
        });
    }
}

public sealed class ControlTypeGraphType : EnumerationGraphType<ControlType>
{
    public ControlTypeGraphType()
    {
        Name = "ControlType";
        Description = "The kind of measure a control is, as in the NHS hazard log template.";
        this.Describe(t => t switch
        {
            ControlType.SystemDesign => "Built into the design of the system.",
            ControlType.Testing => "Assured by testing.",
            ControlType.UserTraining => "Delivered through training of users.",
            _ => "A business process or procedure.",
        });
    }
}

public sealed class ControlStateGraphType : EnumerationGraphType<ControlState>
{
    public ControlStateGraphType()
    {
        Name = "ControlState";
        Description = "Whether a control is in place already or is an additional one still to be put in place.";
        this.Describe(s => s == ControlState.Existing ? "In place now." : "Additional: to be put in place.");
    }
}
