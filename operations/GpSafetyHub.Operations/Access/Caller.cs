using System.Security.Claims;
using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations.Access;

/// <summary>What a caller may act as.</summary>
public enum HubRole
{
    /// <summary>A CSO function: edits and publishes its programmes' logs, manages their MoUs and alerts, reads their localisations.</summary>
    Cso,

    /// <summary>A practice: edits its own localisations, SOPs, contacts and CAS responses; reads the programmes it joined.</summary>
    Practice,

    /// <summary>An ICB: reads coverage and localisations of its practices, registers its practices.</summary>
    Icb,

    /// <summary>Reads everything, changes nothing.</summary>
    National,

    /// <summary>Rebuilds read models, loads the practice directory, records ICB-wide alerts.</summary>
    Admin,
}

/// <summary>
/// The signed-in caller, from their token: who they are (recorded in history as the actor), their
/// roles, and what the roles cover. Scopes are told apart by their form: a programme id
/// (<c>ai-scribe-nel</c>), a CSO function (<c>function:NEL CSU Clinical Safety</c>), a practice ODS
/// code (<c>A81001</c>) or an ICB code (<c>QHM</c>).
/// </summary>
public sealed class Caller
{
    public const string FunctionPrefix = "function:";

    /// <summary>
    /// The role values a token may carry, matched exactly: enum parsing would also take numbers
    /// and comma lists ("3", "practice,icb") and OR them into a role nobody was given.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, HubRole> RoleNames =
        Enum.GetValues<HubRole>().ToDictionary(r => r.ToString().ToLowerInvariant(), r => r, StringComparer.Ordinal);

    private Caller(Actor actor, IReadOnlySet<HubRole> roles)
    {
        Actor = actor;
        Roles = roles;
    }

    public Actor Actor { get; }

    public IReadOnlySet<HubRole> Roles { get; }

    public HashSet<string> Programmes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CsoFunctions { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Practices { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Icbs { get; } = new(StringComparer.Ordinal);

    public bool Has(HubRole role) => Roles.Contains(role);

    public bool IsPractice(string odsCode) => Has(HubRole.Practice) && Practices.Contains(odsCode);

    public bool IsIcb(string? icbCode) => Has(HubRole.Icb) && icbCode is not null && Icbs.Contains(icbCode);

    /// <summary>
    /// The caller a validated token names. A token without a subject, name or known role, or with
    /// a role that has nothing in scope, is refused: it cannot be acted on safely.
    /// </summary>
    public static Caller From(ClaimsPrincipal user, HubAuthOptions options)
    {
        var roles = new HashSet<HubRole>();
        foreach (var role in user.FindAll(options.RoleClaim).Select(c => c.Value))
            roles.Add(RoleNames.TryGetValue(role, out var known)
                ? known
                : throw Refused($"names an unknown role '{role}' (known: {string.Join(", ", RoleNames.Keys)})"));
        if (roles.Count == 0) throw Refused("grants no hub role");

        Actor actor;
        try
        {
            actor = Actor.Create(user.FindFirst("sub")?.Value, user.FindFirst("name")?.Value,
                string.Join(",", roles.Order().Select(r => r.ToString().ToLowerInvariant())), user.FindFirst(options.OrganisationClaim)?.Value);
        }
        catch (ValidationFailedException)
        {
            throw Refused("has no subject or name");
        }

        var caller = new Caller(actor, roles);
        foreach (var scope in user.FindAll(options.ScopeClaim).Select(c => c.Value.Trim())) caller.AddScope(scope);
        if (caller.Has(HubRole.Cso) && caller.Programmes.Count + caller.CsoFunctions.Count == 0) throw Refused("gives the cso role no programme or CSO function in scope");
        if (caller.Has(HubRole.Practice) && caller.Practices.Count == 0) throw Refused("gives the practice role no practice ODS code in scope");
        if (caller.Has(HubRole.Icb) && caller.Icbs.Count == 0) throw Refused("gives the icb role no ICB code in scope");
        return caller;
    }

    private void AddScope(string scope)
    {
        var check = new Validator();
        if (scope.StartsWith(FunctionPrefix, StringComparison.Ordinal) && scope.Length > FunctionPrefix.Length) CsoFunctions.Add(scope[FunctionPrefix.Length..].Trim());
        else if (scope == scope.ToUpperInvariant() && OrganisationCodes.Practice(check, "scope", scope) is { } practice) Practices.Add(practice);
        else if (scope == scope.ToUpperInvariant() && OrganisationCodes.Icb(check, "scope", scope) is { } icb) Icbs.Add(icb);
        else if (IsProgrammeId(scope)) Programmes.Add(scope);
        else throw Refused($"has a scope '{scope}' that is not a programme id, CSO function, practice or ICB code");
    }

    private static bool IsProgrammeId(string scope)
    {
        try
        {
            ProgrammeId.Parse(scope);
            return true;
        }
        catch (ValidationFailedException)
        {
            return false;
        }
    }

    private static UnauthenticatedException Refused(string why) => new($"The token {why}.");
}
