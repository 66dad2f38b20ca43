using GpSafetyHub.Tests.Support;
using Microsoft.Playwright;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>
/// The hub serving its web application on a real loopback port, with development people to sign
/// in as, and a headless Chromium to use it with. Pages are checked with axe as they are visited.
/// </summary>
public class WebHub : IAsyncLifetime
{
    public static readonly (string Name, string Description, string Role, string Scope)[] People =
    [
        ("Dr Test CSO", "Clinical safety officer, test CSO function", "cso", $"function:{TestTokens.TestCsoFunction}"),
        ("Pat Other", "Practice manager of a practice in no programme", "practice", "Z12345"),
        ("Sam Joined", "Practice manager of the practice the tests join to programmes", "practice", JoinedPractice),
        ("Ivy Analyst", "Analyst of the ICB the joined practice is in", "icb", "QAA"),
        ("Nat Analyst", "National analyst", "national", ""),
        ("Ada Admin", "Administrator of the hub", "admin", ""),
    ];

    /// <summary>The practice <see cref="People"/>[2] manages, registered in ICB QAA when first needed.</summary>
    public const string JoinedPractice = "Z54321";

    private readonly AzuriteServer _azurite = new();
    private IPlaywright _playwright = null!;

    public HubApp App { get; private set; } = null!;

    public string AzuriteConnectionString => _azurite.ConnectionString;

    /// <summary>The configuration that offers <see cref="People"/> on the development sign-in page.</summary>
    public static Dictionary<string, string> PeopleSettings()
    {
        var settings = new Dictionary<string, string>();
        for (var i = 0; i < People.Length; i++)
        {
            settings[$"Web:DevPeople:{i}:Name"] = People[i].Name;
            settings[$"Web:DevPeople:{i}:Description"] = People[i].Description;
            settings[$"Web:DevPeople:{i}:Roles:0"] = People[i].Role;
            if (People[i].Scope.Length > 0) settings[$"Web:DevPeople:{i}:Scopes:0"] = People[i].Scope;
        }

        return settings;
    }

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _azurite.StartAsync();
        App = new HubApp(_azurite.ConnectionString, settings: Settings());
        Address = App.ServeOnLoopback();
        (_playwright, Browser) = await HeadlessChromium.LaunchAsync();
        await LoadAsync();
    }

    /// <summary>The configuration the hub runs with: the test <see cref="People"/> on the sign-in page.</summary>
    protected virtual Dictionary<string, string> Settings() => PeopleSettings();

    /// <summary>What the hub holds before the first test, beyond what each test sets up itself: nothing.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    /// <summary>A fresh browser session (no cookies), which lets axe's script run despite the pages' policy.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), BypassCSP = true });
        return await context.NewPageAsync();
    }

    /// <summary>A programme of the test CSO function with one hazard, published as version 1; its id.</summary>
    public async Task<string> PublishedProgrammeAsync(string name)
    {
        var client = App.Client();
        var id = UniqueIds.Programme("web");
        var programme = System.Text.Json.JsonSerializer.SerializeToNode(Requests.Programme(id))!.AsObject();
        programme["name"] = $"{name} {id} (test)";
        await client.Data(Requests.CreateProgramme, new { input = programme });
        await client.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard(), why = "Workshop" });
        await client.Data(Requests.Publish, new { p = id, rev = 1, s = "Version 1" });
        return id;
    }

    /// <summary>As <see cref="PublishedProgrammeAsync"/>, with <see cref="JoinedPractice"/> joined to it under an MoU.</summary>
    public async Task<string> JoinedProgrammeAsync(string name)
    {
        var id = await PublishedProgrammeAsync(name);
        await RegisterJoinedPracticeAsync();
        await App.Client().JoinAsync(id, JoinedPractice);
        return id;
    }

    /// <summary>Registers <see cref="JoinedPractice"/> in ICB QAA with a safety lead and no CAS contact (again, changes nothing).</summary>
    public Task RegisterJoinedPracticeAsync() => App.Client().RegisterPracticeAsync(JoinedPractice, "QAA", "lead.z54321@nhs.net", null);

    /// <summary>Signs in through the development sign-in page as one of <see cref="People"/>.</summary>
    public static async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel(name).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        await _azurite.StopAsync();
    }
}
