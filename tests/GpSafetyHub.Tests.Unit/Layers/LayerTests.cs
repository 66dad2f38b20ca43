using GpSafetyHub.GraphQL;
using GpSafetyHub.Operations;
using NetArchTest.Rules;

namespace GpSafetyHub.Tests.Unit.Layers;

/// <summary>
/// The layers as the architecture notes draw them: front doors (the GraphQL API) reach data only
/// through operations, which alone hold grains; so a front door cannot add a path around the
/// operations' access rules.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Every grain interface the hub exposes, by full name.</summary>
    private static readonly string[] GrainInterfaces = typeof(GpSafetyHub.Practices.IPracticeGrain).Assembly.GetTypes()
        .Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t))
        .Select(t => t.FullName!)
        .ToArray();

    [Fact]
    public void The_GraphQL_API_holds_no_grains_and_no_Orleans_types()
    {
        Assert.Contains("GpSafetyHub.Practices.IPracticeGrain", GrainInterfaces);
        // Orleans' build step adds its (empty) metadata class to every assembly that references it: that is not the API's code.
        var result = Types.InAssembly(typeof(HubSchema).Assembly).That().DoNotResideInNamespace("OrleansCodeGen")
            .ShouldNot().HaveDependencyOnAny([.. GrainInterfaces, "Orleans"]).GetResult();
        Assert.True(result.IsSuccessful, "Reach grains through operations instead: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_web_application_holds_no_grains_and_no_Orleans_types()
    {
        var result = Types.InAssembly(typeof(GpSafetyHub.Web.HubWebExtensions).Assembly).That().DoNotResideInNamespace("OrleansCodeGen")
            .ShouldNot().HaveDependencyOnAny([.. GrainInterfaces, "Orleans"]).GetResult();
        Assert.True(result.IsSuccessful, "Reach grains through operations instead: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Operations_do_not_depend_on_any_front_door()
    {
        var result = Types.InAssembly(typeof(HubSession).Assembly).That().DoNotResideInNamespace("OrleansCodeGen").ShouldNot().HaveDependencyOnAny("GpSafetyHub.GraphQL", "GpSafetyHub.Web", "Microsoft.AspNetCore", "GraphQL").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Documents_are_written_from_records_alone_reaching_no_grain_and_no_front_door()
    {
        // A document is a pure function of what operations read: its writers cannot fetch more, or skip a rule.
        var result = Types.InAssembly(typeof(GpSafetyHub.Documents.DocumentFile).Assembly).That().DoNotResideInNamespace("OrleansCodeGen")
            .ShouldNot().HaveDependencyOnAny([.. GrainInterfaces, "Orleans", "GpSafetyHub.Operations", "GpSafetyHub.GraphQL", "GpSafetyHub.Web", "Microsoft.AspNetCore"]).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_domain_carries_no_stored_format_and_no_e_mail_wording()
    {
        // The journal's JSON rules live with the journal; reminders are worded by the jobs.
        var result = Types.InAssembly(typeof(GpSafetyHub.Practices.IPracticeGrain).Assembly).That().DoNotResideInNamespace("OrleansCodeGen")
            .ShouldNot().HaveDependencyOnAny("System.Text.Json", "GpSafetyHub.Jobs", "MailKit", "MimeKit").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
