namespace GpSafetyHub.Grains.Journals;

/// <summary>
/// An immutable record written beside a journal's changes in the same transaction (a published
/// version, say): written once, readable by key forever.
/// </summary>
public sealed record JournalDocument(string Key, object Content);
