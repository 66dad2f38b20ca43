namespace GpSafetyHub.Alerts;

/// <summary>
/// One practice's standing with an alert: derived from the practice's record (if any) and the
/// alert's deadlines on the day asked. A practice that answered and has since stopped being
/// affected (it left the programme, say) is still listed, with <see cref="Affected"/> false.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Alerts.CasAlertPractice")]
public sealed record CasAlertPractice(
    [property: Id(8)] string AlertReference,
    [property: Id(0)] string OdsCode,
    [property: Id(1)] string PracticeName,
    [property: Id(2)] string IcbCode,
    [property: Id(3)] bool Affected,
    [property: Id(4)] CasPracticeStatus Status,
    [property: Id(5)] bool AcknowledgeOverdue,
    [property: Id(6)] bool ActionOverdue,
    [property: Id(7)] CasPracticeResponse? Record)
{
    /// <summary>Still to answer: affected and without a response.</summary>
    public bool Outstanding => IsOutstanding(Affected, Status);

    /// <summary>The one definition of still to answer, for deciding deadlines before the standing exists.</summary>
    public static bool IsOutstanding(bool affected, CasPracticeStatus status) =>
        affected && status is CasPracticeStatus.Unacknowledged or CasPracticeStatus.Acknowledged;
}

/// <summary>How an alert stands across a set of practices.</summary>
[GenerateSerializer, Immutable, Alias("hub.Alerts.CasAlertTotals")]
public sealed record CasAlertTotals(
    [property: Id(0)] int Affected,
    [property: Id(1)] int Unacknowledged,
    [property: Id(2)] int Acknowledged,
    [property: Id(3)] int ActionComplete,
    [property: Id(4)] int ActionNotRequired,
    [property: Id(5)] int AcknowledgeOverdue,
    [property: Id(6)] int ActionOverdue)
{
    public static CasAlertTotals Of(IReadOnlyCollection<CasAlertPractice> practices)
    {
        var affected = practices.Where(p => p.Affected).ToArray();
        return new CasAlertTotals(
            affected.Length,
            affected.Count(p => p.Status == CasPracticeStatus.Unacknowledged),
            affected.Count(p => p.Status == CasPracticeStatus.Acknowledged),
            affected.Count(p => p.Status == CasPracticeStatus.ActionComplete),
            affected.Count(p => p.Status == CasPracticeStatus.ActionNotRequired),
            affected.Count(p => p.AcknowledgeOverdue),
            affected.Count(p => p.ActionOverdue));
    }
}
