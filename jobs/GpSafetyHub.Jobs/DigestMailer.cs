using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GpSafetyHub.Jobs;

/// <summary>Opens SMTP connections with MailKit as configured. Grains never send mail; this is the only place that does.</summary>
public sealed class DigestMailer(IOptions<MailOptions> options)
{
    public MailOptions Options => options.Value;

    /// <summary>A connected (and, when configured, authenticated) client for one batch of digests.</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var mail = options.Value;
        var client = new SmtpClient { Timeout = (int)mail.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(mail.Host, mail.Port, Security(mail.Security), cancellationToken);
            if (mail.UserName is not null) await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static Task SendAsync(SmtpClient client, MimeMessage message, CancellationToken cancellationToken) =>
        client.SendAsync(message, cancellationToken);

    private static SecureSocketOptions Security(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
