namespace GpSafetyHub.Jobs;

/// <summary>The SMTP server reminders go through (configuration section <c>Mail</c>). Defaults: the local MailDev.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1025;

    /// <summary>How the connection is secured: None (MailDev only), StartTls, SslOnConnect, or Auto (by port).</summary>
    public MailSecurity Security { get; set; } = MailSecurity.None;

    /// <summary>Given with <see cref="Password"/> when the server needs authentication. From configuration or environment only.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "reminders@gp-safety-hub.local";

    public string FromName { get; set; } = "GP Safety Hub";

    /// <summary>SMTP connections used at once when sending a batch of digests.</summary>
    public int Connections { get; set; } = 4;

    /// <summary>How long one SMTP command may take before the attempt fails (and is retried later).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public enum MailSecurity
{
    None,
    StartTls,
    SslOnConnect,
    Auto,
}
