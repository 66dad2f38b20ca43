using GpSafetyHub.History;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.History;

public sealed class HistoryEntryGraphType : ObjectGraphType<HistoryEntry>
{
    public HistoryEntryGraphType()
    {
        Name = "HistoryEntry";
        Description = "One attributed, timestamped change. Entries are written with the change itself and never edited.";
        Field(x => x.Sequence).Description("Position in the history, from 1 with no gaps; use it as 'before' to page.");
        Field(x => x.At).Description("When the change was made.");
        Field(x => x.Actor).Description("Who made it.");
        Field(x => x.Action).Description("What kind of change it was, e.g. HAZARD_REVISED.");
        Field(x => x.Summary).Description("The change in words.");
        Field(x => x.Reason, nullable: true).Description("Why it was made, in the actor's words.");
        Field(x => x.HazardId, nullable: true).Description("The hazard changed, if any.");
        Field(x => x.VersionNumber, nullable: true).Description("The version published, if any.");
        Field(x => x.ChangedFields).Description("The hazard fields this change altered.");
    }
}

public sealed class HistoryPageGraphType : ObjectGraphType<HistoryPage>
{
    public HistoryPageGraphType()
    {
        Name = "HistoryPage";
        Description = "A page of history, newest first.";
        Field(x => x.Entries).Description("The entries, newest first.");
        Field(x => x.TotalCount).Description("How many entries the whole history holds.");
        Field(x => x.NextBefore, nullable: true).Description("Pass as 'before' for the next, older page; null when there is none.");
    }
}
