namespace GpSafetyHub.History;

/// <summary>State rebuilt by folding recorded changes in order, as an event-sourced grain keeps it.</summary>
public interface IJournaledState<TChange>
{
    void Apply(RecordedChange<TChange> recorded);
}
