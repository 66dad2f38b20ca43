using GpSafetyHub.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Tests.EndToEnd.Web;

/// <summary>
/// The hub as a newcomer's <c>./tools/run-hub.sh</c> starts it: the demo estate loaded, and the
/// sign-in page offering the demo people of the silo's own appsettings.Development.json.
/// </summary>
public sealed class DemoWebHub : WebHub
{
    protected override Dictionary<string, string> Settings() => [];

    protected override Task LoadAsync() => ActivatorUtilities.CreateInstance<DemoEstate>(App.Services).LoadAsync();
}
