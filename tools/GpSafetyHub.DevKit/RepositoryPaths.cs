namespace GpSafetyHub.DevKit;

/// <summary>Finds the checkout the tests run from, and the npm tools installed in it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeModules => Path.Combine(Root, "tools", "node_modules");

    /// <summary>A file installed by npm under tools/, or a failure that says how to install it.</summary>
    public static string NodeModule(string relativePath)
    {
        var path = Path.Combine(NodeModules, relativePath);
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"{path} is missing: the tests need the project's npm tools. Run ./tools/test.sh, or 'npm ci' in tools/.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GpSafetyHub.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No GpSafetyHub.sln above {AppContext.BaseDirectory}.");
    }
}
