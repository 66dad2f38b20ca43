using GpSafetyHub.GraphQL;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations;
using GpSafetyHub.Operations.Alerts;
using GpSafetyHub.Operations.Coverage;
using GpSafetyHub.Operations.Deployments;
using GpSafetyHub.Operations.Localisations;
using GpSafetyHub.Operations.Practices;
using GpSafetyHub.Operations.Programmes;
using GpSafetyHub.Operations.Documents;
using GpSafetyHub.Operations.Reminders;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static GpSafetyHub.Tests.EndToEnd.LocalisationSteps;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// Every operation the hub offers, as every kind of caller: in scope, out of scope, anonymous,
/// each reached through a GraphQL document that runs it. The table below is the expected answer;
/// an operation the table lacks fails the test, and so does a GraphQL field that reaches data
/// without running an operation, so neither a new operation nor a new field can ship without
/// deciding who may use it. "Allowed" means data came back, or for a mutation the refusal that
/// comes only after the access check (a stale revision, blank text): so the matrix changes
/// nothing and the order of cases does not matter.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Estate estate) : IClassFixture<AuthorizationMatrixTests.Estate>
{
    public enum Who { Anonymous, CsoIn, CsoOut, PracticeIn, PracticeOut, IcbIn, IcbOut, National, Admin }

    /// <summary>
    /// One row: who is allowed (and then gets data, or <paramref name="Outcome"/>, the refusal that
    /// only follows the access check), what the rest get, and any caller whose answer differs.
    /// </summary>
    private sealed record Case(string Document, object? Variables, Who[] Allowed, string Denied = "FORBIDDEN", string? Outcome = null, IReadOnlyDictionary<Who, string>? Except = null);

    private const string PracticeA = "M10001";
    private const string PracticeB = "M20002";
    private const string IcbA = "QAA";
    private const string Alert = "NATPSA/2026/777/NHSPS";
    private const string Hidden = "NOT_FOUND";

    private static readonly Who[] Everyone = [Who.CsoIn, Who.CsoOut, Who.PracticeIn, Who.PracticeOut, Who.IcbIn, Who.IcbOut, Who.National, Who.Admin];
    private static readonly Who[] ProgrammeReaders = [Who.CsoIn, Who.PracticeIn, Who.IcbIn, Who.IcbOut, Who.National];
    private static readonly Who[] PracticeReaders = [Who.PracticeIn, Who.IcbIn, Who.National];
    private static readonly Who[] LocalisationReaders = [Who.CsoIn, Who.PracticeIn, Who.IcbIn, Who.National];
    private static readonly Who[] AlertReaders = [Who.CsoIn, Who.PracticeIn, Who.IcbIn, Who.IcbOut, Who.National, Who.Admin];
    private static readonly Who[] IcbReaders = [Who.IcbIn, Who.National];
    private static readonly Who[] Registrars = [Who.PracticeIn, Who.PracticeOut, Who.IcbIn, Who.IcbOut, Who.Admin];

    private Dictionary<Type, Case> Cases(string p)
    {
        var localisation = $"query($p: ID!) {{ localisation(programmeId: $p, odsCode: \"{PracticeA}\") {{ FIELDS }} }}";
        Case Localisation(string fields) => new(localisation.Replace("FIELDS", fields, StringComparison.Ordinal), new { p }, LocalisationReaders, Hidden);
        Case Practice(string fields) => new($"{{ practice(odsCode: \"{PracticeA}\") {{ {fields} }} }}", null, PracticeReaders, Hidden);
        Case CasAlert(string fields) => new($"{{ casAlert(reference: \"{Alert}\") {{ {fields} }} }}", null, AlertReaders, Hidden);
        Case Icb(string fields) => new($"{{ icbCoverage(icb: \"{IcbA}\") {{ {fields} }} }}", null, IcbReaders);
        return new()
        {
            [typeof(GetRiskMatrix)] = new("{ riskMatrix { ratings { value } } }", null, Everyone),
            [typeof(ListProgrammes)] = new("{ programmes { id } }", null, Everyone),
            [typeof(GetProgramme)] = new("query($p: ID!) { programme(id: $p) { id } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(GetProgrammeAsOf)] = new("query($p: ID!, $at: DateTimeOffset!) { programmeAsOf(id: $p, at: $at) { id } }", new { p, at = DateTimeOffset.UtcNow }, ProgrammeReaders, Hidden),
            [typeof(GetHazard)] = new("query($p: ID!) { hazard(programmeId: $p, hazardId: \"H-001\") { id } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(GetPublishedVersion)] = new("query($p: ID!) { version(programmeId: $p, number: 1) { summary } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(ExportHazardLog)] = new("query($p: ID!) { hazardLogSpreadsheet(programmeId: $p, version: 1) { fileName } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(ExportIcbCoverage)] = new($"{{ icbCoverageTable(icb: \"{IcbA}\", format: CSV) {{ fileName }} }}", null, IcbReaders),
            [typeof(ExportPracticeAlertLog)] = new($"{{ practiceAlertLog(odsCode: \"{PracticeA}\", format: XLSX) {{ fileName }} }}", null, PracticeReaders, Hidden),
            [typeof(ExportSafetyCaseReport)] = new("query($p: ID!) { safetyCaseReport(programmeId: $p, version: 1, format: DOCX) { fileName } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(ExportLocalisedSafetyCase)] = new($"query($p: ID!) {{ localisedSafetyCase(programmeId: $p, odsCode: \"{PracticeA}\", format: HTML) {{ fileName }} }}", new { p }, LocalisationReaders, Hidden),
            [typeof(PreviewHazardLogImport)] = new("query($p: ID!) { hazardLogImportPreview(programmeId: $p, fileName: \"log.xlsx\", contentBase64: \"bm90IGEgc3ByZWFkc2hlZXQ=\") { ready } }", new { p }, [Who.CsoIn], Outcome: "VALIDATION"),
            [typeof(ImportHazardLog)] = new("mutation($p: ID!) { importHazardLog(programmeId: $p, fileName: \"log.xlsx\", contentBase64: \"bm90IGEgc3ByZWFkc2hlZXQ=\") { id } }", new { p }, [Who.CsoIn], Outcome: "VALIDATION"),
            [typeof(StartProgrammeFrom)] = new(
                "mutation($input: CreateProgrammeInput!, $p: ID!) { startProgrammeFrom(input: $input, sourceProgrammeId: $p, sourceVersion: 99) { id } }",
                new { input = Requests.Programme(p), p }, [Who.CsoIn], Outcome: "NOT_FOUND"),
            [typeof(CompareVersions)] = new("query($p: ID!) { programme(id: $p) { changes(from: 1) { hazardId } } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(GetProgrammeHistory)] = new("query($p: ID!) { history(programmeId: $p) { totalCount } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(GetPractice)] = Practice("name"),
            [typeof(ListIcbPractices)] = new($"{{ practices(icb: \"{IcbA}\") {{ odsCode }} }}", null, IcbReaders),
            [typeof(GetLocalisation)] = Localisation("status"),
            [typeof(GetIcbCoverage)] = Icb("totalRows"),
            [typeof(GetNationalCoverage)] = new("{ nationalCoverage { total { practices } } }", null, [Who.National]),
            [typeof(GetCasAlert)] = CasAlert("title"),
            [typeof(ListCasAlerts)] = new("{ casAlerts { reference } }", null, Everyone),
            [typeof(GetReminderLog)] = new($"query($d: DateOnly!) {{ reminderLog(from: $d, to: $d, odsCode: \"{PracticeA}\") {{ recipient }} }}", new { d = Iso(Samples.Today) }, [Who.PracticeIn, Who.National, Who.Admin]),

            [typeof(CreateProgramme)] = new(Requests.CreateProgramme, new { input = Requests.Programme(p) }, [Who.CsoIn], Outcome: "CONFLICT"),
            [typeof(AddHazard)] = new(Requests.AddHazard, new { p, h = Requests.Hazard(" "), why = "Workshop" }, [Who.CsoIn], Outcome: "VALIDATION"),
            [typeof(ReviseHazard)] = new(Requests.ReviseHazard, new { p, id = "H-001", rev = 99, h = Requests.Hazard(), why = "Stale" }, [Who.CsoIn], Outcome: "CONFLICT"),
            [typeof(CloseHazard)] = new("mutation($p: ID!) { closeHazard(programmeId: $p, hazardId: \"H-001\", expectedRevision: 99, reason: \"Stale\") { id } }", new { p }, [Who.CsoIn], Outcome: "CONFLICT"),
            [typeof(PublishVersion)] = new(Requests.Publish, new { p, rev = 99, s = "Stale" }, [Who.CsoIn], Outcome: "CONFLICT"),
            [typeof(RegisterPractices)] = new("mutation { registerPractices(practices: []) { created } }", null, Registrars),
            [typeof(ImportPracticesCsv)] = new("mutation { importPracticesCsv(csv: \"ods_code,name,icb_code\") { created } }", null, Registrars),
            [typeof(JoinProgramme)] = new($$"""
                mutation($p: ID!) { joinProgramme(programmeId: $p, odsCode: "{{PracticeA}}", mou: { reference: " ", signatoryName: "Jo", signatoryRole: "PM", signedOn: "2026-01-01", expiresOn: "2025-01-01" }) { status } }
                """, new { p }, [Who.CsoIn, Who.PracticeIn], Outcome: "VALIDATION"),
            [typeof(LeaveProgramme)] = new($"mutation($p: ID!) {{ leaveProgramme(programmeId: $p, odsCode: \"{PracticeA}\", reason: \" \") {{ status }} }}", new { p }, [Who.CsoIn, Who.PracticeIn], Outcome: "VALIDATION"),
            [typeof(RecordSop)] = new($"mutation($p: ID!) {{ recordSop(programmeId: $p, odsCode: \"{PracticeA}\", expectedSopRevision: 99, sop: {{ text: \"x\", version: \"1\", reviewDate: \"2027-01-01\" }}) {{ status }} }}", new { p }, [Who.PracticeIn], Outcome: "CONFLICT"),
            [typeof(AssessHazard)] = new($"mutation($p: ID!) {{ assessHazard(programmeId: $p, odsCode: \"{PracticeA}\", hazardId: \"H-001\", expectedRevision: 99, decision: {{ applicable: false, rationale: \"x\" }}) {{ status }} }}", new { p }, [Who.PracticeIn], Outcome: "CONFLICT"),
            [typeof(AddLocalHazard)] = new($"mutation($p: ID!, $h: HazardInput!) {{ addLocalHazard(programmeId: $p, odsCode: \"{PracticeA}\", hazard: $h, reason: \"x\") {{ id }} }}", new { p, h = Requests.Hazard(" ") }, [Who.PracticeIn], Outcome: "VALIDATION"),
            [typeof(ReviseLocalHazard)] = new($"mutation($p: ID!, $h: HazardInput!) {{ reviseLocalHazard(programmeId: $p, odsCode: \"{PracticeA}\", hazardId: \"L-099\", expectedRevision: 99, hazard: $h, reason: \"x\") {{ id }} }}", new { p, h = Requests.Hazard() }, [Who.PracticeIn], Outcome: "NOT_FOUND"),
            [typeof(CloseLocalHazard)] = new($"mutation($p: ID!) {{ closeLocalHazard(programmeId: $p, odsCode: \"{PracticeA}\", hazardId: \"L-099\", expectedRevision: 99, reason: \"x\") {{ id }} }}", new { p }, [Who.PracticeIn], Outcome: "NOT_FOUND"),
            [typeof(CarryForward)] = new($"mutation($p: ID!) {{ carryForward(programmeId: $p, odsCode: \"{PracticeA}\", expectedRevision: 99) {{ status }} }}", new { p }, [Who.PracticeIn], Outcome: "CONFLICT"),
            [typeof(SignOffLocalisation)] = new($"mutation($p: ID!) {{ signOffLocalisation(programmeId: $p, odsCode: \"{PracticeA}\", expectedRevision: 99, signOff: {{ name: \"x\", role: \"x\", statement: \"x\" }}) {{ status }} }}", new { p }, [Who.PracticeIn], Outcome: "CONFLICT"),
            [typeof(MergeIcbs)] = new("mutation($d: DateOnly!) { mergeIcbs(from: [\"QBB\"], into: \"QAA\", effectiveOn: $d, reason: \"Too early\") { moved } }", new { d = Iso(Samples.Today.AddDays(1)) }, [Who.Admin], Outcome: "VALIDATION"),
            [typeof(RebuildIcbCoverage)] = new($"mutation {{ rebuildIcbCoverage(icb: \"{IcbA}\") }}", null, [Who.Admin]),
            [typeof(RecordCasAlert)] = new("mutation($a: CasAlertInput!) { recordCasAlert(reference: \"" + Alert + "\", alert: $a) { version } }", new { a = AlertInput(p) }, [Who.CsoIn, Who.Admin], Outcome: "CONFLICT"),
            [typeof(AmendCasAlert)] = new("mutation($a: CasAlertInput!) { amendCasAlert(reference: \"" + Alert + "\", expectedVersion: 99, alert: $a, reason: \"x\") { version } }", new { a = AlertInput(p) }, [Who.CsoIn, Who.Admin], Outcome: "CONFLICT",
                Except: new Dictionary<Who, string> { [Who.CsoOut] = Hidden, [Who.PracticeOut] = Hidden }),
            [typeof(AcknowledgeCasAlert)] = new($"mutation {{ acknowledgeCasAlert(reference: \"{Alert}\", odsCode: \"{PracticeA}\") {{ status }} }}", null, [Who.PracticeIn]),
            [typeof(RespondToCasAlert)] = new($"mutation {{ respondToCasAlert(reference: \"{Alert}\", odsCode: \"{PracticeA}\", response: {{ outcome: ACTION_COMPLETE, details: \" \" }}) {{ status }} }}", null, [Who.PracticeIn], Outcome: "VALIDATION"),

            // Operations behind nested fields, reached through the roots that lead to them.
            [typeof(ListProgrammeLocalisations)] = new("query($p: ID!) { programme(id: $p) { localisations { totalCount } } }", new { p }, [Who.CsoIn, Who.National], Hidden,
                Except: new Dictionary<Who, string> { [Who.PracticeIn] = "FORBIDDEN", [Who.IcbIn] = "FORBIDDEN", [Who.IcbOut] = "FORBIDDEN" }),
            [typeof(ListPracticeLocalisations)] = Practice("localisations { programmeId }"),
            [typeof(ListOpenCasAlerts)] = Practice("openCasAlerts { alertReference }"),
            [typeof(GetPracticeHistory)] = Practice("history { totalCount }"),
            [typeof(GetLocalisationHistory)] = Localisation("history { totalCount }"),
            [typeof(GetCasAlertStatus)] = CasAlert("status { affected }"),
            [typeof(ListAlertPractices)] = CasAlert("practices { odsCode }"),
            [typeof(GetCasAlertHistory)] = CasAlert("history { totalCount }"),
            [typeof(ListIcbOutstandingAlerts)] = Icb("casAlerts { alert { reference } }"),
            [typeof(ListPracticesWithoutCasContact)] = Icb("practicesWithoutCasContact { odsCode }"),
            [typeof(GetDeployment)] = new($"query($p: ID!) {{ deployment(programmeId: $p, odsCode: \"{PracticeA}\") {{ revision }} }}", new { p }, LocalisationReaders, Hidden),
            [typeof(GetDeploymentHistory)] = new($"query($p: ID!) {{ deployment(programmeId: $p, odsCode: \"{PracticeA}\") {{ history {{ totalCount }} }} }}", new { p }, LocalisationReaders, Hidden),
            [typeof(ListPracticeDeployments)] = new($"{{ practiceDeployments(odsCode: \"{PracticeA}\") {{ odsCode }} }}", null, PracticeReaders, Hidden),
            [typeof(GetProgrammeDeployment)] = new("query($p: ID!) { programmeDeployment(programmeId: $p) { revision } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(GetProgrammeDeploymentHistory)] = new("query($p: ID!) { programmeDeployment(programmeId: $p) { history { totalCount } } }", new { p }, ProgrammeReaders, Hidden),
            [typeof(GetIcbDeploymentBoard)] = new($"{{ icbDeploymentBoard(icb: \"{IcbA}\") {{ figures {{ deployments }} }} }}", null, IcbReaders),
            [typeof(GetProgrammeDeploymentBoard)] = new("query($p: ID!) { programmeDeploymentBoard(programmeId: $p) { figures { deployments } } }", new { p }, [Who.CsoIn, Who.National], Except: new Dictionary<Who, string> { [Who.CsoOut] = Hidden, [Who.PracticeOut] = Hidden, [Who.Admin] = Hidden }),
            [typeof(ExportDeploymentPipeline)] = new($"{{ deploymentPipelineTable(icb: \"{IcbA}\", format: CSV) {{ fileName }} }}", null, IcbReaders),
            // A step of one's own: the practice and its ICB; deciding the ICB's permission: the ICB alone. Each reaches the stale revision.
            [typeof(RecordDeploymentStep)] = new(
                $"mutation($p: ID!) {{ recordDeploymentStep(programmeId: $p, odsCode: \"{PracticeA}\", expectedRevision: 99, change: {{ step: OUTLINE_REQUIREMENT, status: IN_PROGRESS }}) {{ revision }} }}",
                new { p }, [Who.PracticeIn, Who.IcbIn], Outcome: "CONFLICT", Except: new Dictionary<Who, string> { [Who.PracticeOut] = Hidden, [Who.IcbOut] = Hidden, [Who.CsoOut] = Hidden, [Who.Admin] = Hidden }),
            [typeof(DeclareProcurementRoute)] = new("mutation($p: ID!) { declareProcurementRoute(programmeId: $p, expectedRevision: 99, route: ICB_LED) { revision } }", new { p }, [Who.CsoIn], Outcome: "CONFLICT"),
            [typeof(RecordProgrammeArtefact)] = new("mutation($p: ID!) { recordProgrammeArtefact(programmeId: $p, expectedRevision: 99, kind: DTAC, reference: \"DTAC-1\") { revision } }", new { p }, [Who.CsoIn], Outcome: "CONFLICT"),
            [typeof(RecordBlanketPermission)] = new(
                $"mutation($p: ID!) {{ recordBlanketPermission(programmeId: $p, icb: \"{IcbA}\", expectedRevision: 99, decision: APPROVED_WITH_SUPPORT) {{ revision }} }}",
                new { p }, [Who.IcbIn], Outcome: "CONFLICT", Except: new Dictionary<Who, string> { [Who.CsoOut] = Hidden, [Who.PracticeOut] = Hidden, [Who.Admin] = Hidden }),
        };
    }

    /// <summary>Every concrete operation of the operations layer.</summary>
    private static readonly Type[] Operations = typeof(HubSession).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOperation).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_operation_has_a_row_in_the_matrix()
    {
        Assert.True(Operations.Length > 40, $"found only {Operations.Length} operations");
        Assert.Equal(Operations.Select(t => t.Name), Cases(estate.Programme).Keys.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_field_that_reaches_data_runs_an_operation_and_every_operation_has_a_field()
    {
        var schema = estate.Services.GetRequiredService<HubSchema>();
        Assert.Empty(OperationCoverage.UnguardedFields(schema));
        Assert.Equal(Operations.Select(t => t.Name), OperationCoverage.OperationsByField(schema).Values.Select(t => t.Name).Distinct().Order(StringComparer.Ordinal));
        // Worked out from the parent's own properties, nothing else: these need no operation of their own.
        Assert.Equal(
            ["CasAlertPractice.acknowledged", "CasAlertPractice.responses", "Localisation.versionsBehind", "LocalisedHazard.localResidualRisk"],
            OperationCoverage.FromParentFields(schema));
    }

    [Fact]
    public async Task Every_operation_answers_each_caller_as_the_matrix_says()
    {
        var failures = new List<string>();
        foreach (var (operation, test) in Cases(estate.Programme))
            foreach (var who in Enum.GetValues<Who>())
            {
                var response = await estate.As(who).Send(test.Document, test.Variables);
                var codes = response.Errors.Select(e => (string?)e["extensions"]?["code"]).ToArray();
                var expected = who == Who.Anonymous ? "UNAUTHENTICATED"
                    : test.Allowed.Contains(who) ? test.Outcome
                    : test.Except?.GetValueOrDefault(who) ?? test.Denied;
                var ok = expected is null
                    ? codes.Length == 0 && response.Json["data"] is System.Text.Json.Nodes.JsonObject data && data.Count > 0 && data.All(f => f.Value is not null)
                    : codes.Length == 1 && codes[0] == expected;
                if (!ok) failures.Add($"{operation.Name} as {who}: expected {expected ?? "data"}, got {response.Body}");
            }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Only_the_programme_s_CSO_function_and_national_users_list_every_practice_s_localisation()
    {
        const string Query = "query($p: ID!) { programme(id: $p) { localisations { totalCount } } }";
        Assert.Empty((await estate.As(Who.CsoIn).Send(Query, new { p = estate.Programme })).Errors);
        Assert.Empty((await estate.As(Who.National).Send(Query, new { p = estate.Programme })).Errors);
        (await estate.As(Who.PracticeIn).Send(Query, new { p = estate.Programme })).Error("FORBIDDEN");
        (await estate.As(Who.IcbIn).Send(Query, new { p = estate.Programme })).Error("FORBIDDEN");
    }

    [Fact]
    public async Task A_practice_asking_for_another_practice_s_records_gets_the_answer_a_missing_practice_gets()
    {
        var asB = estate.As(Who.PracticeOut);
        const string Localisation = "query($p: ID!, $o: ID!) { localisation(programmeId: $p, odsCode: $o) { status } }";
        var other = await asB.Send(Localisation, new { p = estate.Programme, o = PracticeA });
        var missing = await asB.Send(Localisation, new { p = estate.Programme, o = "Z99999" });
        Assert.Equal(missing.Body.Replace("Z99999", PracticeA, StringComparison.Ordinal), other.Body);
        Assert.Equal(missing.Status, other.Status);

        var practice = await asB.Send("query($o: ID!) { practice(odsCode: $o) { name } }", new { o = PracticeA });
        var nobody = await asB.Send("query($o: ID!) { practice(odsCode: $o) { name } }", new { o = "Z99999" });
        Assert.Equal(nobody.Body.Replace("Z99999", PracticeA, StringComparison.Ordinal), practice.Body);

        // Registering a practice outside one's scope reads the same whether or not it is registered.
        const string Register = "mutation($o: String!, $i: String!) { registerPractices(practices: [{ odsCode: $o, name: \"Taken over\", icbCode: $i }]) { created updated refused { odsCode violations { field rule } } } }";
        foreach (var who in new[] { Who.IcbOut, Who.PracticeOut })
        {
            var registered = await estate.As(who).Send(Register, new { o = PracticeA, i = IcbA });
            var unregistered = await estate.As(who).Send(Register, new { o = "Z99999", i = IcbA });
            Assert.Equal(unregistered.Body.Replace("Z99999", PracticeA, StringComparison.Ordinal), registered.Body);
            Assert.Contains("refused", registered.Body, StringComparison.Ordinal);
        }

        // Amending an alert the caller cannot see reads the same as amending one never recorded.
        const string Amend = "mutation($r: ID!, $a: CasAlertInput!) { amendCasAlert(reference: $r, expectedVersion: 1, alert: $a, reason: \"x\") { version } }";
        var hiddenAlert = await estate.As(Who.CsoOut).Send(Amend, new { r = Alert, a = AlertInput("another-programme") });
        var noAlert = await estate.As(Who.CsoOut).Send(Amend, new { r = "NATPSA/2026/000/NHSPS", a = AlertInput("another-programme") });
        Assert.Equal(noAlert.Body.Replace("NATPSA/2026/000/NHSPS", Alert, StringComparison.Ordinal), hiddenAlert.Body);

        var programme = await estate.As(Who.CsoOut).Send("query($p: ID!) { programme(id: $p) { id } }", new { p = estate.Programme });
        var noProgramme = await estate.As(Who.CsoOut).Send("query($p: ID!) { programme(id: $p) { id } }", new { p = "no-such-programme" });
        Assert.Equal(noProgramme.Body.Replace("no-such-programme", estate.Programme, StringComparison.Ordinal), programme.Body);
    }

    [Fact]
    public async Task Lists_show_each_caller_only_what_is_theirs()
    {
        var asB = await estate.As(Who.PracticeOut).Data("{ programmes { id } casAlerts { reference } }");
        Assert.DoesNotContain(asB["programmes"]!.AsArray(), p => (string?)p!["id"] == estate.Programme);
        Assert.Empty(asB["casAlerts"]!.AsArray());

        var asA = await estate.As(Who.PracticeIn).Data($"{{ programmes {{ id }} casAlert(reference: \"{Alert}\") {{ practices {{ odsCode }} }} }}");
        Assert.Contains(asA["programmes"]!.AsArray(), p => (string?)p!["id"] == estate.Programme);
        Assert.Equal([PracticeA], asA["casAlert"]!["practices"]!.AsArray().Select(p => (string)p!["odsCode"]!));

        var asOtherIcb = await estate.As(Who.IcbOut).Data($"{{ casAlert(reference: \"{Alert}\") {{ practices {{ odsCode }} status {{ affected }} }} }}");
        Assert.Empty(asOtherIcb["casAlert"]!["practices"]!.AsArray());
        Assert.Equal(0, (int)asOtherIcb["casAlert"]!["status"]!["affected"]!);
    }

    [Fact]
    public async Task Registrars_write_only_the_entries_in_their_scope()
    {
        const string Register = """
            mutation($rows: [PracticeInput!]!) { registerPractices(practices: $rows) { created updated unchanged refused { odsCode violations { field rule } } } }
            """;
        var report = (await estate.As(Who.IcbIn).Data(Register, new
        {
            rows = new object[]
            {
                new { odsCode = "M10003", name = "New practice", icbCode = IcbA },
                new { odsCode = "M10004", name = "Someone else's", icbCode = "QBB" },
                new { odsCode = PracticeB, name = "Taken over", icbCode = IcbA },
            },
        }))["registerPractices"]!;
        Assert.Equal(["M10003"], report["created"]!.AsArray().Select(c => (string)c!));
        var refused = report["refused"]!.AsArray().ToDictionary(r => (string)r!["odsCode"]!, r => (string)r!["violations"]![0]!["field"]!);
        Assert.Equal(new Dictionary<string, string> { ["M10004"] = "icbCode", [PracticeB] = "odsCode" }, refused);

        var moved = (await estate.As(Who.PracticeIn).Data(Register, new { rows = new[] { new { odsCode = PracticeA, name = "Practice A", icbCode = "QBB" } } }))["registerPractices"]!;
        Assert.Equal("icbCode", (string?)moved["refused"]![0]!["violations"]![0]!["field"]);
        var contacts = (await estate.As(Who.PracticeIn).Data(Register, new
        {
            rows = new[] { new { odsCode = PracticeA, name = "Practice A", icbCode = IcbA, casContactEmail = "cas.m10001@nhs.net" } },
        }))["registerPractices"]!;
        Assert.Equal([PracticeA], contacts["updated"]!.AsArray().Select(c => (string)c!));
        // The row gave only the CAS contact: the safety lead registered before is kept.
        var kept = await estate.As(Who.PracticeIn).Data($"{{ practice(odsCode: \"{PracticeA}\") {{ contacts {{ safetyLeadEmail casContactEmail }} }} }}");
        Assert.Equal(("lead.m10001@nhs.net", "cas.m10001@nhs.net"), ((string?)kept["practice"]!["contacts"]!["safetyLeadEmail"], (string?)kept["practice"]!["contacts"]!["casContactEmail"]));
        var recorded = await estate.As(Who.PracticeIn).Data($"{{ practice(odsCode: \"{PracticeA}\") {{ history {{ entries {{ actor {{ name role }} }} }} }} }}");
        Assert.Equal("Practice lead", (string?)recorded["practice"]!["history"]!["entries"]![0]!["actor"]!["name"]);
        Assert.Equal("practice", (string?)recorded["practice"]!["history"]!["entries"]![0]!["actor"]!["role"]);
    }

    private static Dictionary<string, object?> AlertInput(string programme) => new()
    {
        ["type"] = "FIELD_SAFETY_NOTICE", ["originator"] = "MHRA", ["issuedOn"] = Iso(Samples.Today), ["title"] = "Matrix alert",
        ["summary"] = "Summary.", ["actionRequired"] = "Act.", ["programmeIds"] = new[] { programme }, ["csoEmail"] = "cso@nel.nhs.net",
    };

    /// <summary>
    /// One hub with a programme (P, of the test CSO function) published with H-001; practice A
    /// (ICB QAA) joined to it, practice B (ICB QBB) joined to nothing; an alert for P. And a token per kind of caller.
    /// </summary>
    public sealed class Estate : IAsyncLifetime
    {
        private readonly HubFixture _hub = new();
        private readonly Dictionary<Who, GraphQLClient> _callers = [];

        public string Programme { get; } = UniqueIds.Programme("matrix");

        public GraphQLClient Client() => _hub.Client();

        public IServiceProvider Services => _hub.App.Services;

        public GraphQLClient As(Who who) => _callers[who];

        public async Task InitializeAsync()
        {
            await _hub.InitializeAsync();
            var setup = _hub.Client();
            await setup.Data(Requests.CreateProgramme, new { input = Requests.Programme(Programme) });
            await setup.Data(Requests.AddHazard, new { p = Programme, h = Requests.Hazard(), why = "Workshop" });
            await setup.Data(Requests.Publish, new { p = Programme, rev = 1, s = "Version 1" });
            await setup.RegisterPracticeAsync(PracticeA, IcbA, "lead.m10001@nhs.net", null);
            await setup.RegisterPracticeAsync(PracticeB, "QBB", "lead.m20002@nhs.net", null);
            await setup.JoinAsync(Programme, PracticeA);
            await setup.Data("mutation($p: ID!) { declareProcurementRoute(programmeId: $p, expectedRevision: 0, route: PRACTICE_LED) { revision } }", new { p = Programme });
            await setup.Data("mutation($a: CasAlertInput!) { recordCasAlert(reference: \"" + Alert + "\", alert: $a) { version } }", new { a = AlertInput(Programme) });

            var tokens = _hub.Tokens;
            _callers[Who.Anonymous] = _hub.Client("");
            _callers[Who.CsoIn] = _hub.Client(tokens.Mint(["cso"], [Programme], "CSO in scope"));
            _callers[Who.CsoOut] = _hub.Client(tokens.Mint(["cso"], ["another-programme", "function:Other CSU"], "CSO out of scope"));
            _callers[Who.PracticeIn] = _hub.Client(tokens.Mint(["practice"], [PracticeA], "Practice lead"));
            _callers[Who.PracticeOut] = _hub.Client(tokens.Mint(["practice"], [PracticeB], "Other practice lead"));
            _callers[Who.IcbIn] = _hub.Client(tokens.Icb(IcbA));
            _callers[Who.IcbOut] = _hub.Client(tokens.Icb("QBB"));
            _callers[Who.National] = _hub.Client(tokens.Mint(["national"], [], "National analyst"));
            _callers[Who.Admin] = _hub.Client(tokens.Mint(["admin"], [], "Administrator"));
        }

        public Task DisposeAsync() => _hub.DisposeAsync();
    }
}
