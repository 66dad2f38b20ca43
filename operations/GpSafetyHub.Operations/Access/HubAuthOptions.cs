namespace GpSafetyHub.Operations.Access;

/// <summary>
/// How callers are identified (configuration section <c>Auth</c>): bearer tokens from an OpenID
/// Connect issuer (NHS CIS2, Entra ID, …), or in Development tokens minted locally with
/// <c>tools/mint-token.sh</c>. The claim names say where in the token the hub finds its role and scopes.
/// </summary>
public sealed class HubAuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The OIDC issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0. Required outside Development.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string Audience { get; set; } = "gp-safety-hub";

    /// <summary>The claim naming the caller's roles: cso, practice, icb, national, admin (several allowed).</summary>
    public string RoleClaim { get; set; } = "hub_role";

    /// <summary>The claim naming what the roles cover: programme ids or <c>function:&lt;CSO function&gt;</c>, practice ODS codes, ICB codes.</summary>
    public string ScopeClaim { get; set; } = "hub_scope";

    /// <summary>The claim naming the caller's organisation, recorded in history.</summary>
    public string OrganisationClaim { get; set; } = "hub_org";

    public DevTokenOptions DevTokens { get; set; } = new();

    public sealed class DevTokenOptions
    {
        /// <summary>Accept locally minted tokens. Honoured only when the host runs in Development.</summary>
        public bool Enabled { get; set; }

        /// <summary>The signing key, generated on first use; outside the repository by default.</summary>
        public string KeyFile { get; set; } = Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "gp-safety-hub", "dev-token.key");

        public const string Issuer = "gp-safety-hub-dev";
    }
}
