using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.GraphQL.Access;

public static class HubAuthentication
{
    /// <summary>
    /// Bearer-token authentication: against <c>Auth:Authority</c> when set; otherwise, in
    /// Development only and when enabled, against the local development key. Anywhere else the
    /// host refuses to start without an authority.
    /// </summary>
    public static IServiceCollection AddHubAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(HubAuthOptions.SectionName).Get<HubAuthOptions>() ?? new HubAuthOptions();
        services.AddOptions<HubAuthOptions>().BindConfiguration(HubAuthOptions.SectionName);
        var devTokens = environment.IsDevelopment() && options.DevTokens.Enabled;
        if (string.IsNullOrWhiteSpace(options.Authority) && !devTokens)
            throw new InvalidOperationException(
                "Auth:Authority must name the OpenID Connect issuer that signs callers' tokens (development tokens are accepted only in Development).");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = options.Audience,
                NameClaimType = "name",
                RoleClaimType = options.RoleClaim,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
            }
            else
            {
                jwt.TokenValidationParameters.ValidIssuer = HubAuthOptions.DevTokenOptions.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = DevTokens.Key(options.DevTokens.KeyFile);
            }
        });
        services.AddAuthorization();
        return services;
    }
}
