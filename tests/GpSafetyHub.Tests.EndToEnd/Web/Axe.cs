using System.Text.Json;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>axe-core (npm, pinned in tools/) run on the page as it stands in the browser: every rule, and no violation allowed.</summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(RepositoryPaths.NodeModules, "axe-core", "axe.min.js"));

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document)).violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)");
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(found.Length == 0, $"axe found on {page.Url}:\n{string.Join("\n", found)}");
    }
}
