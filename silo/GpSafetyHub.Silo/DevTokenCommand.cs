using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Silo;

/// <summary>
/// <c>mint-token</c>: prints a development bearer token for a role and scope, signed with the key
/// outside the repository (created on first use). Refused unless the host's environment is
/// Development with development tokens enabled, which is never the default in Production.
/// </summary>
internal static class DevTokenCommand
{
    private const string Usage = """
        usage: mint-token --role <cso|practice|icb|national|admin> [--role …] [--scope <programme id | function:<CSO function> | ODS code | ICB code> …]
                          [--name "Dr Ada Lovelace"] [--subject ada] [--org "NEL CSU"] [--hours 8]
        """;

    public static int Run(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(HubAuthOptions.SectionName).Get<HubAuthOptions>() ?? new HubAuthOptions();
        if (!environment.IsDevelopment() || !options.DevTokens.Enabled)
        {
            Console.Error.WriteLine("Development tokens are minted only when the environment is Development and Auth:DevTokens:Enabled is true.");
            return 2;
        }

        var (roles, scopes) = (new List<string>(), new List<string>());
        string name = "Developer", subject = "developer", hours = "8";
        string? organisation = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null) return Fail($"{args[i]} needs a value");
            switch (args[i++])
            {
                case "--role": roles.Add(value); break;
                case "--scope": scopes.Add(value); break;
                case "--name": name = value; break;
                case "--subject": subject = value; break;
                case "--org": organisation = value; break;
                case "--hours": hours = value; break;
                default: return Fail($"unknown option {args[i - 1]}");
            }
        }

        if (roles.Count == 0) return Fail("give at least one --role");
        if (!int.TryParse(hours, System.Globalization.CultureInfo.InvariantCulture, out var lifetime) || lifetime is < 1 or > 24 * 7)
            return Fail("--hours must be from 1 to 168");
        Console.WriteLine(DevTokens.Mint(options, subject, name, roles, scopes, organisation, TimeSpan.FromHours(lifetime)));
        return 0;
    }

    private static int Fail(string problem)
    {
        Console.Error.WriteLine($"mint-token: {problem}\n{Usage}");
        return 2;
    }
}
