using System.Net;
using System.Text.Json.Nodes;
using GpSafetyHub.Tests.Support;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>The programme hazard log through GraphQL over HTTP, against the real host and Azurite.</summary>
public sealed class HazardLogApiTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private readonly GraphQLClient _cso = hub.Client();

    [Fact]
    public async Task A_CSO_creates_revises_and_publishes_a_log_and_reads_back_the_version_and_history()
    {
        var id = UniqueIds.Programme();
        var created = await _cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        Assert.Equal(0, (int)created["createProgramme"]!["draftRevision"]!);

        var added = (await _cso.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard(), why = "Workshop" }))["addHazard"]!;
        Assert.Equal(("H-001", 1, 3, 2), ((string)added["id"]!, (int)added["revision"]!, (int)added["initialRisk"]!["rating"]!, (int)added["residualRisk"]!["rating"]!));
        Assert.StartsWith("Undesirable level of risk", (string)added["initialRisk"]!["acceptability"]!);

        await _cso.Data(Requests.ReviseHazard, new { p = id, id = "H-001", rev = 1, h = Requests.Hazard("Wrong patient (revised)"), why = "Pilot feedback" });

        var stale = await _cso.Send(Requests.ReviseHazard, new { p = id, id = "H-001", rev = 1, h = Requests.Hazard("Stale edit"), why = "Late" });
        var conflict = stale.Error("CONFLICT");
        Assert.Equal("expectedRevision", (string?)conflict["extensions"]!["field"]);
        Assert.Equal(new JsonArray("reviseHazard"), conflict["path"], JsonNode.DeepEquals);

        var published = (await _cso.Data(Requests.Publish, new { p = id, rev = 2, s = "First version" }))["publishVersion"]!;
        Assert.Equal(1, (int)published["number"]!);
        Assert.Equal("Dr Ada Lovelace", (string)published["publishedBy"]!["name"]!);

        await _cso.Data(Requests.ReviseHazard, new { p = id, id = "H-001", rev = 2, h = Requests.Hazard("After publication"), why = "Later change" });

        var read = await _cso.Data("""
            query($p: ID!) {
              version(programmeId: $p, number: 1) { number signOff { professionalRegistration } hazards { id title revision } }
              programme(id: $p) { draftRevision currentVersion { number } hazards { title } }
              history(programmeId: $p, first: 3) { totalCount nextBefore entries { sequence action reason actor { name } changedFields } }
            }
            """, new { p = id });
        Assert.Equal("Wrong patient (revised)", (string)read["version"]!["hazards"]![0]!["title"]!);
        Assert.Equal(2, (int)read["version"]!["hazards"]![0]!["revision"]!);
        Assert.Equal("After publication", (string)read["programme"]!["hazards"]![0]!["title"]!);
        Assert.Equal(1, (int)read["programme"]!["currentVersion"]!["number"]!);
        var history = read["history"]!;
        Assert.Equal(5, (int)history["totalCount"]!);
        Assert.Equal(3, (int)history["nextBefore"]!);
        Assert.Equal(["HAZARD_REVISED", "VERSION_PUBLISHED", "HAZARD_REVISED"], history["entries"]!.AsArray().Select(e => (string)e!["action"]!));
        Assert.Equal("Later change", (string)history["entries"]![0]!["reason"]!);
        Assert.Equal(["title"], history["entries"]![0]!["changedFields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("Dr Ada Lovelace", (string)history["entries"]![0]!["actor"]!["name"]!);

        var older = await _cso.Data("query($p: ID!) { history(programmeId: $p, before: 3) { nextBefore entries { sequence action } } }", new { p = id });
        Assert.Equal([2, 1], older["history"]!["entries"]!.AsArray().Select(e => (int)e!["sequence"]!));
        Assert.Null(older["history"]!["nextBefore"]);
    }

    [Fact]
    public async Task Bad_input_names_every_field_and_rule_and_creates_nothing()
    {
        var id = UniqueIds.Programme();
        await _cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        var hazard = Requests.Hazard();
        hazard["title"] = " ";
        hazard["owner"] = new string('o', 201);

        var error = (await _cso.Send(Requests.AddHazard, new { p = id, h = hazard, why = "Workshop" })).Error("VALIDATION");

        Assert.Equal("hazard.title", (string?)error["extensions"]!["field"]);
        Assert.Equal(
            [("hazard.title", "is required"), ("hazard.owner", "must be at most 200 characters (was 201)")],
            error["extensions"]!["violations"]!.AsArray().Select(v => ((string)v!["field"]!, (string)v["rule"]!)));
        var programme = await _cso.Data("query($p: ID!) { programme(id: $p) { hazards { id } historyLength } }", new { p = id });
        Assert.Empty(programme["programme"]!["hazards"]!.AsArray());
        Assert.Equal(1, (int)programme["programme"]!["historyLength"]!);
    }

    [Fact]
    public async Task Publishing_an_unjustified_residual_risk_of_three_is_refused_naming_the_hazard()
    {
        var id = UniqueIds.Programme();
        await _cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        await _cso.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard(residualLikelihood: "LOW"), why = "Workshop" });

        var error = (await _cso.Send(Requests.Publish, new { p = id, rev = 1, s = "v1" })).Error("VALIDATION");

        Assert.Equal("hazards[H-001].residualRisk.justification", (string?)error["extensions"]!["field"]);
        Assert.Contains("cannot be published without a written justification", (string)error["message"]!);
    }

    [Fact]
    public async Task A_bad_programme_id_and_a_taken_one_are_told_apart()
    {
        var id = UniqueIds.Programme();
        await _cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });

        var taken = (await _cso.Send(Requests.CreateProgramme, new { input = Requests.Programme(id) })).Error("CONFLICT");
        Assert.Equal("input.id", (string?)taken["extensions"]!["field"]);

        var invalid = (await _cso.Send(Requests.CreateProgramme, new { input = Requests.Programme("Not A Slug") })).Error("VALIDATION");
        Assert.Equal("input.id", (string?)invalid["extensions"]!["field"]);

        var missing = (await _cso.Send("{ programme(id: \"no-such-programme\") { id } }")).Error("NOT_FOUND");
        Assert.Contains("no-such-programme", (string)missing["message"]!);
    }

    [Fact]
    public async Task Changes_without_a_token_are_refused_and_not_made()
    {
        var id = UniqueIds.Programme();
        var anonymous = hub.Client("");

        (await anonymous.Send(Requests.CreateProgramme, new { input = Requests.Programme(id) })).Error("UNAUTHENTICATED");

        (await _cso.Send($"{{ programme(id: \"{id}\") {{ id }} }}")).Error("NOT_FOUND");
    }

    [Fact]
    public async Task Requests_that_cannot_be_parsed_or_validated_are_400_with_a_VALIDATION_code()
    {
        var syntax = await _cso.Send("{ programme(id: ");
        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
        syntax.Error("VALIDATION");

        var unknownField = await _cso.Send("{ programmes { colour } }");
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.Status);
        Assert.Contains("colour", (string)unknownField.Error("VALIDATION")["message"]!);

        var badEnum = await _cso.Send(Requests.AddHazard, new { p = "x-programme", h = Requests.Hazard(residualLikelihood: "ALMOST_NEVER"), why = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.Status);
        Assert.Contains("ALMOST_NEVER", (string)badEnum.Error("VALIDATION")["message"]!);

        using var notJson = await _cso.Http.PostAsync("/graphql", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        (await GraphQLResponse.Read(notJson)).Error("VALIDATION");

        using var form = await _cso.Http.PostAsync("/graphql", new StringContent("query={programmes{id}}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Fact]
    public async Task Queries_work_over_GET_but_mutations_do_not()
    {
        using var get = _cso.Request(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ riskMatrix { ratings { value } } }"));
        using var query = await _cso.Http.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(5, (await GraphQLResponse.Read(query)).Json["data"]!["riskMatrix"]!["ratings"]!.AsArray().Count);

        var id = UniqueIds.Programme();
        var mutation = $"mutation {{ createProgramme(input: {{ id: \"{id}\", name: \"n\", product: \"p\", supplier: \"s\", supplierSafetyCaseReference: \"r\", csoFunction: \"c\", responsibleCso: \"o\", reviewDate: \"2027-01-01\" }}) {{ id }} }}";
        using var request = _cso.Request(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(mutation));
        using var refused = await _cso.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
        Assert.Contains("Only queries may be sent with GET", (string)(await GraphQLResponse.Read(refused)).Error("VALIDATION")["message"]!);
        (await _cso.Send($"{{ programme(id: \"{id}\") {{ id }} }}")).Error("NOT_FOUND");
    }

    [Fact]
    public async Task The_risk_matrix_is_served_with_the_standards_definitions()
    {
        var data = await _cso.Data("""
            { riskMatrix { cells { severity likelihood rating } ratings { value acceptability needsJustification } }
              severities: __type(name: "Severity") { enumValues { name description } } }
            """);
        var cells = data["riskMatrix"]!["cells"]!.AsArray();
        Assert.Equal(25, cells.Count);
        Assert.Contains(cells, c => (string)c!["severity"]! == "CATASTROPHIC" && (string)c["likelihood"]! == "VERY_HIGH" && (int)c["rating"]! == 5);
        Assert.Contains(cells, c => (string)c!["severity"]! == "MINOR" && (string)c["likelihood"]! == "VERY_LOW" && (int)c["rating"]! == 1);
        Assert.Equal("Unacceptable level of risk.", (string)data["riskMatrix"]!["ratings"]![4]!["acceptability"]!);
        var catastrophic = data["severities"]!["enumValues"]!.AsArray().Single(v => (string)v!["name"]! == "CATASTROPHIC")!;
        Assert.StartsWith("Death (multiple patients)", (string)catastrophic["description"]!);
    }

    [Fact]
    public async Task A_programme_can_be_read_as_it_stood_and_is_listed()
    {
        var id = UniqueIds.Programme();
        await _cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        await _cso.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard("First"), why = "Workshop" });
        var at = (string)(await _cso.Data("query($p: ID!) { history(programmeId: $p, first: 1) { entries { at } } }", new { p = id }))["history"]!["entries"]![0]!["at"]!;
        await _cso.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard("Second"), why = "Workshop" });

        var then = await _cso.Data("query($p: ID!, $at: DateTimeOffset!) { programmeAsOf(id: $p, at: $at) { hazards { title } historyLength } }", new { p = id, at });
        Assert.Equal(["First"], then["programmeAsOf"]!["hazards"]!.AsArray().Select(h => (string)h!["title"]!));
        Assert.Equal(2, (int)then["programmeAsOf"]!["historyLength"]!);

        await Eventually.Get(
            async () => (await _cso.Data("{ programmes { id } }"))["programmes"]!.AsArray(),
            programmes => programmes.Any(p => (string)p!["id"]! == id),
            what: "The programme appearing in the directory");
    }

    [Fact]
    public async Task Hidden_characters_and_impossible_review_dates_are_refused_naming_the_field_and_create_nothing()
    {
        var id = UniqueIds.Programme("hidden");
        await _cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });

        var reversed = Requests.Hazard("Wrong patient \u202Egnissim");
        var refused = (await _cso.Send(Requests.AddHazard, new { p = id, h = reversed, why = "Workshop" })).Error("VALIDATION");
        Assert.Equal("hazard.title", (string?)refused["extensions"]!["field"]);
        Assert.Contains("U+202E", (string?)refused["message"], StringComparison.Ordinal);

        var bell = Requests.Hazard();
        bell["description"] = "Line one\nLine two\u0007";
        Assert.Equal("hazard.description", (string?)(await _cso.Send(Requests.AddHazard, new { p = id, h = bell, why = "Workshop" })).Error("VALIDATION")["extensions"]!["field"]);

        foreach (var date in new[] { "0001-01-01", "9999-12-31" })
        {
            var hazard = Requests.Hazard();
            hazard["reviewDate"] = date;
            var error = (await _cso.Send(Requests.AddHazard, new { p = id, h = hazard, why = "Workshop" })).Error("VALIDATION");
            Assert.Equal("hazard.reviewDate", (string?)error["extensions"]!["field"]);
            Assert.Contains("from today", (string?)error["message"], StringComparison.Ordinal);
        }

        var lines = Requests.Hazard("Multi-line text is kept");
        lines["description"] = "First line.\r\nSecond line,\tindented.";
        await _cso.Data(Requests.AddHazard, new { p = id, h = lines, why = "Workshop" });
        var programme = await _cso.Data("query($p: ID!) { programme(id: $p) { draftRevision hazards { title description } } }", new { p = id });
        Assert.Equal(1, (int)programme["programme"]!["draftRevision"]!);
        Assert.Equal("First line.\r\nSecond line,\tindented.", (string?)programme["programme"]!["hazards"]![0]!["description"]);
    }

    [Fact]
    public async Task A_log_grown_past_what_one_stored_record_holds_is_refused_with_VALIDATION_and_keeps_what_it_had()
    {
        var id = UniqueIds.Programme("huge");
        await _cso.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        var random = new Random(11);
        string Noise(int length) => new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x21, 0x7e)).ToArray());
        Dictionary<string, object?> Huge()
        {
            var hazard = Requests.Hazard(Noise(200));
            hazard["description"] = Noise(4000);
            hazard["effect"] = Noise(4000);
            hazard["potentialHarm"] = Noise(4000);
            hazard["causes"] = Enumerable.Range(0, 30).Select(_ => Noise(1000)).ToArray();
            hazard["controls"] = Enumerable.Range(0, 30).Select(_ => new { description = Noise(2000), evidence = Noise(2000), type = "TESTING", state = "EXISTING" }).ToArray();
            return hazard;
        }

        GraphQLResponse? refused = null;
        var added = 0;
        while (refused is null && added < 20)
        {
            var response = await _cso.Send(Requests.AddHazard, new { p = id, h = Huge(), why = "Stress" });
            if (response.Errors.Count == 0) added++;
            else refused = response;
        }

        Assert.NotNull(refused);
        Assert.Contains("nothing was saved", (string?)refused!.Error("VALIDATION")["message"], StringComparison.Ordinal);
        var programme = await _cso.Data("query($p: ID!) { programme(id: $p) { draftRevision hazards { id } } }", new { p = id });
        Assert.Equal(added, programme["programme"]!["hazards"]!.AsArray().Count);
        Assert.Equal(added, (int)programme["programme"]!["draftRevision"]!);
    }

    [Fact]
    public async Task Error_responses_never_carry_stack_traces()
    {
        var responses = new[]
        {
            await _cso.Send("{ version(programmeId: \"no-such-programme\", number: 1) { number } }"),
            await _cso.Send("{ history(programmeId: \"BAD ID\") { totalCount } }"),
            await _cso.Send("{ programme(id: "),
        };
        Assert.All(responses, r =>
        {
            Assert.NotEmpty(r.Errors);
            Assert.DoesNotContain(" at GpSafetyHub", r.Body);
            Assert.DoesNotContain("Exception", r.Body);
        });
    }
}
