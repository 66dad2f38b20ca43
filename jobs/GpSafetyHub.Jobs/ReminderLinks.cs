using GpSafetyHub.Reminders;

namespace GpSafetyHub.Jobs;

/// <summary>Where in the hub the reader of a reminder does what it asks.</summary>
public static class ReminderLinks
{
    /// <summary>
    /// The page for the item. Every action is taken through the API until the web application has
    /// a page for it, so the link is to the hub's GraphQL explorer, where the reader signs in.
    /// </summary>
    public static Uri For(ReminderItem item, Uri publicUrl) =>
        new(publicUrl.AbsoluteUri.EndsWith('/') ? publicUrl : new Uri(publicUrl.AbsoluteUri + "/"), "graphql");

    /// <summary>The sentence telling the reader where to act, with the link when the hub's address is known.</summary>
    public static string HowToAct(ReminderItem item, Uri? publicUrl) => publicUrl is null
        ? "Sign in to GP Safety Hub to do this."
        : $"Sign in to GP Safety Hub at {For(item, publicUrl)} to do this.";
}
