using System.Net;
using System.Net.Http.Json;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>GraphQL over HTTP as the specification's clients expect it: media types, methods, and where a refused document went wrong.</summary>
public sealed class HttpSurfaceTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Query = "{ riskMatrix { ratings { value } } }";

    [Fact]
    public async Task A_client_asking_for_the_GraphQL_response_media_type_gets_it()
    {
        using var response = await PostAsync(Query, "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);

        using var invalid = await PostAsync("{ programe { id } }", "application/graphql-response+json, application/json;q=0.9");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/graphql-response+json", invalid.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/json, application/graphql-response+json;q=0.5")]
    public async Task Other_clients_get_JSON(string? accept)
    {
        using var response = await PostAsync(Query, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    public async Task An_Accept_the_hub_cannot_serve_is_answered_406(string accept)
    {
        using var response = await PostAsync(Query, accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var body = await GraphQLResponse.Read(response);
        Assert.Equal("Accept", (string?)body.Error("VALIDATION")["extensions"]!["field"]);
    }

    [Fact]
    public async Task A_mutation_sent_with_GET_is_405_and_says_to_POST_it()
    {
        var client = hub.Client();
        using var request = client.Request(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { rebuildIcbCoverage(icb: \"QHM\") }"));
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("POST", (string?)(await GraphQLResponse.Read(response)).Error("VALIDATION")["message"], StringComparison.Ordinal);

        using var read = client.Request(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.SendAsync(read)).StatusCode);
    }

    public static TheoryData<string, string> RefusedDocuments => new()
    {
        { "{ programe { id } }", "programe" },
        { "{ riskMatrix { ratings { valu } } }", "valu" },
        { "{ programme(id: \"x\", ident: \"x\") { id } }", "ident" },
        { "mutation { assessHazard(programmeId: \"p\", odsCode: \"A81001\", hazardId: \"H-001\", expectedRevision: 0, decision: { applicable: true, localResidualRisk: { severity: HUGE, likelihood: LOW } }) { status } }", "decision" },
    };

    [Theory]
    [MemberData(nameof(RefusedDocuments))]
    public async Task A_document_refused_by_the_schema_names_the_field_at_fault(string document, string field)
    {
        var response = await hub.Client().Send(document);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(field, (string?)response.Error("VALIDATION")["extensions"]!["field"]);
    }

    [Fact]
    public async Task A_variable_refused_by_the_schema_names_its_path()
    {
        var hazard = Requests.Hazard();
        hazard["initialRisk"] = new Dictionary<string, object?> { ["severity"] = "HUGE", ["likelihood"] = "LOW" };
        var response = await hub.Client().Send(Requests.AddHazard, new { p = "any-programme", h = hazard, why = "x" });
        Assert.Equal("h.initialRisk.severity", (string?)response.Error("VALIDATION")["extensions"]!["field"]);
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? accept)
    {
        var client = hub.Client();
        var request = client.Request(HttpMethod.Post, "/graphql", JsonContent.Create(new { query }));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.Http.SendAsync(request);
    }
}
