namespace GpSafetyHub.Deployments;

/// <summary>A step's standing in a few words: "Waiting on ICB", "Done", "Prohibited".</summary>
public static class StepWords
{
    public static string Of(StepRecord step) => step switch
    {
        { Permission: PermissionDecision.Prohibited } => "Prohibited",
        { Status: StepStatus.WaitingOn, WaitingOn: { } party } => $"Waiting on {Words.Party(party)}",
        _ => Words.Status(step.Status),
    };
}
