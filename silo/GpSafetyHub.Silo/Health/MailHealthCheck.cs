using GpSafetyHub.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GpSafetyHub.Silo.Health;

/// <summary>
/// Whether the SMTP server accepts a connection (and the configured sign-in). Degraded, not
/// unhealthy, when it does not: the hub still serves every page and API call, and reminders wait
/// in the ledger until mail answers, so a load balancer should keep the silo. The answer is kept
/// for a minute, so probes every few seconds do not each open an SMTP connection.
/// </summary>
internal sealed class MailHealthCheck(DigestMailer mailer, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(1);
    private Answer? _last; // replaced whole, so a probe never reads half of another's answer

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_last is { } last && clock.GetUtcNow() - last.At < Kept) return last.Result;

        var mail = mailer.Options;
        HealthCheckResult result;
        try
        {
            using var client = await mailer.ConnectAsync(cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            result = HealthCheckResult.Healthy($"The SMTP server {mail.Host}:{mail.Port} accepted a connection.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = HealthCheckResult.Degraded($"The SMTP server {mail.Host}:{mail.Port} did not accept a connection ({e.GetType().Name}): reminders wait until it does.");
        }

        _last = new Answer(clock.GetUtcNow(), result);
        return result;
    }

    private sealed record Answer(DateTimeOffset At, HealthCheckResult Result);
}
