namespace GpSafetyHub.DevKit;

/// <summary>
/// The hub's own silo (<c>GpSafetyHub.Silo.dll</c>, as built) started as a process of its own, as a
/// deployment runs it: for benchmarks, and for tests of several silos, which one process cannot
/// host (each silo is a whole ASP.NET Core host).
/// </summary>
public static class SiloProcess
{
    /// <summary>
    /// Starts the silo built in <paramref name="configuration"/> on <paramref name="address"/>, with
    /// <paramref name="settings"/> as configuration (environment variables, <c>Section__Key</c>),
    /// and waits until it answers <c>/health</c>.
    /// </summary>
    public static Task<ChildProcess> StartAsync(Uri address, IReadOnlyDictionary<string, string> settings, string configuration, TimeSpan within)
    {
        var siloDirectory = Path.Combine(RepositoryPaths.Root, "silo", "GpSafetyHub.Silo");
        var silo = Path.Combine(siloDirectory, "bin", configuration, "net10.0", "GpSafetyHub.Silo.dll");
        if (!File.Exists(silo)) throw new InvalidOperationException($"{silo} is missing: build the silo ({configuration}) first.");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["GraphiQL__NodeModulesPath"] = RepositoryPaths.NodeModules,
            ["Web__NodeModulesPath"] = RepositoryPaths.NodeModules,
        };
        foreach (var (key, value) in settings) environment[key] = value;
        return ChildProcess.StartAsync("dotnet", [silo, "--contentRoot", siloDirectory, "--urls", address.AbsoluteUri.TrimEnd('/')],
            environment, new Uri(address, "health"), within);
    }

    /// <summary>The configuration this code was built in (Debug or Release), so a test starts the silo its own build produced.</summary>
    public static string BuiltConfiguration { get; } =
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release") ? "Release" : "Debug";
}
