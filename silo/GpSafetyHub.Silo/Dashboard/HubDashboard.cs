using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Web.SignIn;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace GpSafetyHub.Silo.Dashboard;

/// <summary>
/// The Orleans dashboard (silos, grains, calls and their timings) at <c>/dashboard</c>, for the hub's
/// administrators only: signed in on the web as anyone else it is refused, and signed out it sends
/// people to sign in. Its live log view and its view of a grain's stored state are withheld: both
/// can show people's e-mail addresses and records. <c>Dashboard:Enabled</c> false leaves it out altogether.
/// </summary>
internal static class HubDashboard
{
    public const string Path = "/dashboard";

    private const string AdministratorsOnly = "hub-administrators";

    // The dashboard's views of any grain's stored state and of the live log: both can show people's
    // e-mail addresses and records, which administrators reach only through the hub's own rules.
    private static readonly string[] Withheld = ["/GrainState", "/Trace"];

    // The dashboard is a script application of its own files, which sets a few styles inline and its base address.
    private const string Policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Dashboard:Enabled", true);

    public static ISiloBuilder AddHubDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (!Enabled(configuration)) return silo;
        silo.AddDashboard(options => options.HideTrace = true);
        silo.Services.AddAuthorizationBuilder().AddPolicy(AdministratorsOnly, policy => policy
            .AddAuthenticationSchemes(WebSignIn.CookieScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.Resource is HttpContext http && IsAdministrator(http)));
        return silo;
    }

    public static WebApplication MapHubDashboard(this WebApplication app)
    {
        if (!Enabled(app.Configuration)) return app;
        app.MapOrleansDashboard(Path).RequireAuthorization(AdministratorsOnly).AddEndpointFilter((context, next) =>
        {
            var http = context.HttpContext;
            if (Withheld.Any(w => http.Request.Path.StartsWithSegments(Path + w, StringComparison.OrdinalIgnoreCase)))
                return ValueTask.FromResult<object?>(Results.Text(
                    "The hub does not show grains' stored state or live logs here: they hold people's contact details. Read records through the hub's own pages and API.",
                    statusCode: StatusCodes.Status403Forbidden));
            http.Response.Headers.ContentSecurityPolicy = Policy;
            return next(context);
        });
        return app;
    }

    private static bool IsAdministrator(HttpContext http)
    {
        try
        {
            return Caller.From(http.User, http.RequestServices.GetRequiredService<IOptions<HubAuthOptions>>().Value).Has(HubRole.Admin);
        }
        catch (HubException)
        {
            return false;
        }
    }
}
