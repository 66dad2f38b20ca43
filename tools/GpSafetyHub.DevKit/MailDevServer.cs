using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace GpSafetyHub.DevKit;

/// <summary>
/// MailDev (from tools/node_modules) on free loopback ports: an SMTP server whose REST API reads
/// the mail back. Each instance keeps its mail in a directory of its own; a restart on the same
/// ports starts with an empty inbox.
/// </summary>
public sealed class MailDevServer : NodeServer
{
    private readonly string _directory = Directory.CreateTempSubdirectory("maildev-").FullName;
    private readonly HttpClient _http;

    public MailDevServer()
    {
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/") };
    }

    public int SmtpPort { get; } = FreePort.Next();

    public int WebPort { get; } = FreePort.Next();

    protected override string Name => $"MailDev (SMTP on port {SmtpPort})";

    protected override int ReadyPort => WebPort;

    /// <summary>Every message received since the server started, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> InboxAsync() =>
        await _http.GetFromJsonAsync<List<ReceivedMail>>("api/email") ?? [];

    /// <summary>How many messages it holds, without fetching them.</summary>
    public async Task<int> CountAsync() =>
        (await _http.GetFromJsonAsync<InboxSummary>("api/email/summary?limit=1"))!.Total;

    /// <summary>The messages to <paramref name="address"/>.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> InboxOfAsync(string address) =>
        (await InboxAsync()).Where(m => m.To.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase))).ToArray();

    protected override IEnumerable<string> Arguments()
    {
        yield return RepositoryPaths.NodeModule("maildev/dist/bin/maildev.js");
        foreach (var argument in new[] { "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent", "--mail-directory", _directory })
            yield return argument;
        yield return "-s";
        yield return SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "-w";
        yield return WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

internal sealed record InboxSummary([property: JsonPropertyName("total")] int Total);

/// <summary>A message as MailDev's REST API returns it.</summary>
public sealed record ReceivedMail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<MailAddress> To,
    [property: JsonPropertyName("from")] IReadOnlyList<MailAddress> From,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, object> Headers);

public sealed record MailAddress([property: JsonPropertyName("address")] string Address, [property: JsonPropertyName("name")] string Name);
