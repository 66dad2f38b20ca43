using System.Security.Claims;
using GpSafetyHub.Operations;
using GpSafetyHub.Operations.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Web.SignIn;

/// <summary>The web's sign-in: a cookie session, and the hub session for whoever it names.</summary>
public static class WebSignIn
{
    public const string CookieScheme = "hub-web";
    public const string OidcScheme = "hub-web-oidc";

    /// <summary>Whether people sign in through an OpenID Connect provider (NHS CIS2, Entra ID): an authority and a client are configured.</summary>
    public static bool HasProvider(WebOptions web, HubAuthOptions auth) => !string.IsNullOrWhiteSpace(auth.Authority) && !string.IsNullOrWhiteSpace(web.ClientId);

    /// <summary>The hub session of the signed-in person: every page reaches data through it, under the API's rules.</summary>
    public static HubSession SessionFor(HttpContext http) =>
        http.RequestServices.GetRequiredService<HubSessions>().For(Caller.From(http.User, http.RequestServices.GetRequiredService<IOptions<HubAuthOptions>>().Value));

    /// <summary>Signs in a development person: the same claims an identity provider's token carries.</summary>
    public static Task SignInAsync(HttpContext http, WebOptions.DevPerson person, HubAuthOptions auth)
    {
        var claims = new List<Claim> { new("sub", $"dev:{person.Name}"), new("name", person.Name), new(auth.OrganisationClaim, "Development sign-in") };
        claims.AddRange(person.Roles.Select(r => new Claim(auth.RoleClaim, r)));
        claims.AddRange(person.Scopes.Select(s => new Claim(auth.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme, "name", auth.RoleClaim));
        // Refuse a person the hub would refuse (a role with nothing in scope) before signing them in.
        Caller.From(principal, auth);
        return http.SignInAsync(CookieScheme, principal);
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(CookieScheme);
}
