using GpSafetyHub.Jobs;
using GpSafetyHub.Reminders;

namespace GpSafetyHub.Tests.Unit.Jobs;

public class DigestMessageTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    private static ReminderItem Item(string practiceName) => new(
        "key", "lead@x.nhs.net", ReminderKind.SopReview, "overdue-2", new DateOnly(2026, 11, 10), $"SOP review for AI scribe ({practiceName}, A81001)",
        "Review the SOP.", "ai-scribe", "AI scribe", "A81001", practiceName, null, "QHM", ["First line"]);

    [Fact]
    public void A_digest_is_one_message_with_text_and_HTML_naming_each_item()
    {
        var digest = ReminderDigest.Plan([Item("Riverside"), Item("Riverside") with { Key = "key2", Kind = ReminderKind.MouExpiry }], At).Single();
        var message = DigestMessage.Compose(digest, new MailOptions { FromAddress = "hub@nhs.net" });

        Assert.Equal("GP Safety Hub: 2 items need your attention", message.Subject);
        Assert.Equal($"{digest.Id}@gp-safety-hub", message.MessageId);
        Assert.Equal("lead@x.nhs.net", message.To.Mailboxes.Single().Address);
        Assert.Contains("10 November 2026 (overdue (reminder 2))", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Practice: Riverside (A81001)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("   - First line", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<th style=\"text-align:left;padding-right:1em\">What to do</th><td>Review the SOP.</td>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_users_is_encoded_in_the_HTML()
    {
        var digest = ReminderDigest.Plan([Item("<script>alert(1)</script> & Co")], At).Single();
        var html = DigestMessage.Compose(digest, new MailOptions()).HtmlBody;
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_a_hundred_items_are_split_into_numbered_parts_with_stable_ids()
    {
        var items = Enumerable.Range(0, 150).Select(i => Item("Riverside") with { Key = $"key-{i}" }).ToArray();
        var digests = ReminderDigest.Plan(items, At);
        Assert.Equal([100, 50], digests.Select(d => d.Items.Count));
        Assert.Equal("GP Safety Hub: 100 items need your attention (part 1 of 2)", DigestMessage.Subject(digests[0]));
        Assert.Equal(digests.Select(d => d.Id), ReminderDigest.Plan(items.Reverse(), At).Select(d => d.Id));
        Assert.All(digests, d => Assert.Equal(new DateOnly(2026, 11, 23), ReminderDigest.DayOf(d.Id)));
    }
}
