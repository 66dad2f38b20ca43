using GpSafetyHub.Operations.Access;
using GpSafetyHub.Web.Components;
using GpSafetyHub.Web.Documents;
using GpSafetyHub.Web.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GpSafetyHub.Web;

public static class HubWebExtensions
{
    private static string PagePolicy(string? authority) =>
        "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        // Signing in with a provider posts to the hub, which redirects the form to the provider.
        $"form-action 'self'{(authority is null ? "" : " " + new Uri(authority).GetLeftPart(UriPartial.Authority))}; base-uri 'none'; frame-ancestors 'none'";

    // The API's bearer scheme (JwtBearerDefaults.AuthenticationScheme), which /graphql alone uses.
    private const string ApiScheme = "Bearer";
    private const string ByPathScheme = "hub-by-path";

    /// <summary>
    /// The web application: server-rendered Razor components, a cookie session (signed in through
    /// <c>Auth:Authority</c> in production, or in Development as one of <c>Web:DevPeople</c>), and
    /// the API keeping its bearer tokens: requests to /graphql never use the cookie, so a page
    /// cannot be made to call the API on someone's behalf.
    /// </summary>
    public static IServiceCollection AddHubWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var web = configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
        var auth = configuration.GetSection(HubAuthOptions.SectionName).Get<HubAuthOptions>() ?? new HubAuthOptions();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName);
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();

        var signIn = services.AddAuthentication(o =>
            {
                o.DefaultScheme = ByPathScheme;
                o.DefaultChallengeScheme = ByPathScheme;
            })
            .AddPolicyScheme(ByPathScheme, "The API's bearer token under /graphql, the web's cookie elsewhere", p =>
                p.ForwardDefaultSelector = http => http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase) ? ApiScheme : WebSignIn.CookieScheme)
            .AddCookie(WebSignIn.CookieScheme, cookie =>
            {
                cookie.Cookie.Name = "hub-session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.ExpireTimeSpan = web.SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/sign-in";
                // Signed in, but not allowed there: a page saying so, not a sign-in page that would offer nothing.
                // (Authorization ends the request before the status-code pages could add one.)
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return WebErrorPages.IsPage(context.Request) ? WebErrorPages.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden) : Task.CompletedTask;
                };
                // However active, a session ends: roles and scopes are read again at the next sign-in.
                cookie.Events.OnValidatePrincipal = context =>
                {
                    if (context.Properties.IssuedUtc is { } issued && DateTimeOffset.UtcNow - issued > web.SessionMaxAge) context.RejectPrincipal();
                    return Task.CompletedTask;
                };
            });
        if (WebSignIn.HasProvider(web, auth))
            signIn.AddOpenIdConnect(WebSignIn.OidcScheme, oidc =>
            {
                oidc.Authority = auth.Authority;
                oidc.ClientId = web.ClientId;
                oidc.ClientSecret = web.ClientSecret;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.RequireHttpsMetadata = web.RequireHttpsMetadata;
                // The provider sends people back with a plain redirect (not a cross-site form post), so the
                // sign-in's own short-lived cookies can be SameSite=Lax and still arrive with it.
                oidc.ResponseMode = "query";
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.MapInboundClaims = false;
                oidc.SignInScheme = WebSignIn.CookieScheme;
                oidc.GetClaimsFromUserInfoEndpoint = true;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = auth.RoleClaim;
                foreach (var claim in new[] { auth.RoleClaim, auth.ScopeClaim, auth.OrganisationClaim }) oidc.ClaimActions.MapJsonKey(claim, claim);
                // Someone the hub would refuse (no hub role, or a role with nothing in scope) is not signed in.
                // Checked once the claims from the user-info endpoint are in, just before the session is made.
                oidc.Events.OnTicketReceived = context =>
                {
                    try
                    {
                        Caller.From(context.Principal!, auth);
                    }
                    catch (GpSafetyHub.Errors.HubException)
                    {
                        // No session is made: back to the sign-in page, which says why.
                        context.Response.Redirect("/sign-in?error=refused");
                        context.HandleResponse();
                    }

                    return Task.CompletedTask;
                };
                // A refused or abandoned sign-in goes back to the sign-in page, which says so, not to an error page.
                oidc.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/sign-in?error=refused");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        return services;
    }

    /// <summary>The pages at <c>/</c>, the NHS.UK frontend's assets at <c>/nhsuk</c>, and signing in and out.</summary>
    public static WebApplication MapHubWeb(this WebApplication app)
    {
        var web = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        var assets = Path.Combine(Path.GetFullPath(web.NodeModulesPath, app.Environment.ContentRootPath), "nhsuk-frontend", "dist", "nhsuk");
        if (!Directory.Exists(assets))
            throw new InvalidOperationException($"The NHS.UK frontend is not at {assets}: run npm ci in tools/ (run-hub.sh and test.sh do), or set Web:NodeModulesPath.");
        var auth = app.Services.GetRequiredService<IOptions<HubAuthOptions>>().Value;
        var policy = PagePolicy(WebSignIn.HasProvider(web, auth) ? auth.Authority : null);
        app.Use((http, next) =>
        {
            // Pages load only the hub's own styles, images and fonts, run no script, and post forms only to the hub.
            if (!IsApi(http.Request.Path)) http.Response.Headers.ContentSecurityPolicy = policy;
            return next(http);
        });
        // A status with no page of its own (an address that leads nowhere, a form the framework refused) gets one.
        app.UseStatusCodePages(async context =>
        {
            if (WebErrorPages.IsPage(context.HttpContext.Request)) await WebErrorPages.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode);
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/nhsuk" });
        app.UseAntiforgery();
        app.MapSignIn(development: app.Environment.IsDevelopment(), provider: WebSignIn.HasProvider(web, auth));
        app.MapDocumentDownloads();
        app.MapRazorComponents<App>();
        return app;
    }

    internal static bool IsApi(PathString path) =>
        path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/graphiql", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
