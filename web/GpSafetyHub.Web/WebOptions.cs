namespace GpSafetyHub.Web;

/// <summary>The web application's settings (configuration section <c>Web</c>).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>The npm <c>node_modules</c> folder holding nhsuk-frontend: absolute, or relative to the host's content root.</summary>
    public string NodeModulesPath { get; set; } = "../../tools/node_modules";

    /// <summary>How long a signed-in session lasts without use.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a session lasts however much it is used.</summary>
    public TimeSpan SessionMaxAge { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The OpenID Connect client the web application signs people in as (production), with <c>Auth:Authority</c>.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Whether the provider's metadata must be fetched over HTTPS; only a loopback test issuer turns this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>In Development only: people to sign in as without an identity provider.</summary>
    public List<DevPerson> DevPeople { get; set; } = [];

    public sealed class DevPerson
    {
        public string Name { get; set; } = "";

        /// <summary>What they do, shown on the sign-in page, e.g. "Practice manager, Riverside Surgery (demo)".</summary>
        public string Description { get; set; } = "";

        public List<string> Roles { get; set; } = [];

        public List<string> Scopes { get; set; } = [];
    }
}
