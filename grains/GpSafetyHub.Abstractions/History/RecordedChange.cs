namespace GpSafetyHub.History;

/// <summary>
/// One entry of a journal: a change with who made it, when and why. <see cref="Sequence"/> counts
/// from 1 with no gaps, so it is also the journal's version after this change.
/// </summary>
public sealed record RecordedChange<TChange>(long Sequence, DateTimeOffset At, Actor Actor, string? Reason, TChange Change);
