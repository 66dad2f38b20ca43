using System.Globalization;
using System.Net;
using System.Text;
using GpSafetyHub.Reminders;
using MimeKit;

namespace GpSafetyHub.Jobs;

/// <summary>
/// A digest as an e-mail: plain text and HTML saying, for each item, what is due, for which
/// programme, practice or alert, when, and what to do. The Message-ID is the digest's, so a digest
/// resent after a crash carries the same id and mail clients can recognise the repeat.
/// </summary>
public static class DigestMessage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static MimeMessage Compose(ReminderDigest digest, MailOptions mail, Uri? publicUrl = null)
    {
        var message = new MimeMessage { Subject = Subject(digest), MessageId = $"{digest.Id}@gp-safety-hub" };
        message.From.Add(new MailboxAddress(mail.FromName, mail.FromAddress));
        message.To.Add(MailboxAddress.Parse(digest.Recipient));
        message.Headers.Add("X-Hub-Digest-Id", digest.Id);
        message.Body = new BodyBuilder { TextBody = Text(digest, publicUrl), HtmlBody = Html(digest, publicUrl) }.ToMessageBody();
        return message;
    }

    public static string Subject(ReminderDigest digest)
    {
        var count = digest.Items.Count == 1 ? "1 item needs" : $"{digest.Items.Count} items need";
        var part = digest.Parts > 1 ? $" (part {digest.Part} of {digest.Parts})" : "";
        return $"GP Safety Hub: {count} your attention{part}";
    }

    private static string Text(ReminderDigest digest, Uri? publicUrl)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"GP Safety Hub: reminders for {digest.Recipient}");
        text.AppendLine();
        var n = 0;
        foreach (var item in digest.Items)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{++n}. {item.Subject}");
            foreach (var (label, value) in Facts(item, publicUrl)) text.AppendLine(CultureInfo.InvariantCulture, $"   {label}: {value}");
            foreach (var line in item.Lines) text.AppendLine(CultureInfo.InvariantCulture, $"   - {line}");
            text.AppendLine();
        }

        text.AppendLine("You receive this because you are named as a contact in GP Safety Hub.");
        return text.ToString();
    }

    private static string Html(ReminderDigest digest, Uri? publicUrl)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><body style=\"font-family:Arial,sans-serif\">");
        html.Append(CultureInfo.InvariantCulture, $"<h1 style=\"font-size:1.3em\">GP Safety Hub: reminders for {E(digest.Recipient)}</h1><ol>");
        foreach (var item in digest.Items)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><p><strong>{E(item.Subject)}</strong></p><table>");
            foreach (var (label, value) in Facts(item, publicUrl))
                html.Append(CultureInfo.InvariantCulture, $"<tr><th style=\"text-align:left;padding-right:1em\">{E(label)}</th><td>{E(value)}</td></tr>");
            html.Append("</table>");
            if (item.Lines.Count > 0)
            {
                html.Append("<ul>");
                foreach (var line in item.Lines) html.Append(CultureInfo.InvariantCulture, $"<li>{E(line)}</li>");
                html.Append("</ul>");
            }

            html.Append("</li>");
        }

        html.Append("</ol><p>You receive this because you are named as a contact in GP Safety Hub.</p></body></html>");
        return html.ToString();
    }

    private static IEnumerable<(string Label, string Value)> Facts(ReminderItem item, Uri? publicUrl)
    {
        var stage = ReminderStage.Describe(item.Stage);
        yield return ("When", $"{item.DueDate.ToString("d MMMM yyyy", English)} ({stage})");
        if (item.ProgrammeName is not null) yield return ("Programme", $"{item.ProgrammeName} ({item.ProgrammeId})");
        if (item.PracticeName is not null) yield return ("Practice", $"{item.PracticeName} ({item.OdsCode})");
        if (item.AlertReference is not null) yield return ("Alert", item.AlertReference);
        if (item.IcbCode is not null && item.PracticeName is null) yield return ("ICB", item.IcbCode);
        yield return ("What to do", item.Action);
        yield return ("Where", ReminderLinks.HowToAct(item, publicUrl));
    }
}
