using GpSafetyHub.Operations.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Web.SignIn;

/// <summary>Signing in and out. Every form that posts here carries an antiforgery token, checked before anything happens.</summary>
internal static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder endpoints, bool development, bool provider)
    {
        endpoints.MapPost("/sign-out", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            // Checked here, not left to the middleware, which passes a post with no form at all.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                await WebErrorPages.WriteAsync(http, StatusCodes.Status400BadRequest);
                return Results.Empty;
            }

            await WebSignIn.SignOutAsync(http);
            return Results.LocalRedirect("/?signed-out=1");
        });

        if (provider)
            endpoints.MapPost("/sign-in/provider", ([FromForm] string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [WebSignIn.OidcScheme]));

        // The people to sign in as without an identity provider exist in Development only.
        if (!development) return;
        endpoints.MapPost("/sign-in/dev", async (HttpContext http, [FromForm] int? person, [FromForm] string? returnUrl) =>
        {
            var people = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.DevPeople;
            if (person is not { } index || index < 0 || index >= people.Count)
                return Results.LocalRedirect($"/sign-in?error=choose&returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}");
            await WebSignIn.SignInAsync(http, people[index], http.RequestServices.GetRequiredService<IOptions<HubAuthOptions>>().Value);
            return Results.LocalRedirect(LocalOrHome(returnUrl));
        });
    }

    /// <summary>Where to go after signing in: a path on this site only, never another site.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        // Browsers drop tabs and line breaks, so "/\t/evil.example" would become "//evil.example"; no backslashes either.
        && !url.Any(c => char.IsControl(c) || c == '\\') ? url : "/";
}
