using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using GpSafetyHub.Deployments;
using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Demo;

/// <summary>
/// Loads a deterministic demo estate: three London ICBs with two dozen fictional practices each,
/// three programmes, and localisations in every state (not joined, joined, in progress, signed off,
/// stale, left, SOP review overdue). Practice codes are in the Z9xxxx range and PCN codes U9xxxx,
/// which no real organisation uses, and the names say "(demo)". Loading twice changes nothing:
/// what exists is left as it is.
/// </summary>
public sealed partial class DemoEstate(IGrainFactory grains, [FromKeyedServices(HubClock.Key)] TimeProvider clock, ILogger<DemoEstate> logger)
{
    private static readonly Actor Loader = new("demo-loader", "Demo loader", "Administrator", "GP Safety Hub");
    private static readonly (string Code, string Name)[] Icbs = [("QMF", "North East London"), ("QRV", "North West London"), ("QKK", "South East London")];
    private static readonly string[] Places =
        ["Riverside", "Parkview", "Hillside", "Bridge Street", "Canal", "Market Square", "Station Road", "Elm Tree", "Church Lane", "Victoria", "Queens", "Woodgrange",
         "Abbey", "Meadow", "Harbour", "Kings", "Grove", "Lea Valley", "Orchard", "Mill Road", "Chestnut", "Heathside", "Cedar", "Greenway"];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task LoadAsync()
    {
        foreach (var programme in DemoProgrammes.All) await ProgrammeAsync(programme);
        await DeploymentSetUpAsync(DemoProgrammes.All[0].Id);
        var practices = await PracticesAsync();
        // Every eighth practice joins nothing, so the ICB sees who is not covered at all.
        for (var i = 0; i < practices.Count; i++)
            for (var p = 0; p < DemoProgrammes.All.Count && i % 8 != 7; p++)
            {
                var stage = (i + p * 2) % 7;
                await LocaliseAsync(DemoProgrammes.All[p], practices[i], stage);
                if (p == 0 && stage > 0) await DeployAsync(DemoProgrammes.All[p].Id, practices[i], stage);
            }

        // The AI scribe moves on after practices signed off: their sign-offs become stale.
        var scribe = grains.GetGrain<IProgrammeHazardLogGrain>(DemoProgrammes.All[0].Id);
        if ((await scribe.Get()).Versions.Count == 1)
        {
            var hazard = (await scribe.Get()).Hazards[1];
            await scribe.ReviseHazard(hazard.Id, hazard.Revision, hazard.Content with
            {
                Controls = [.. hazard.Content.Controls, new HazardControl("Dose values highlighted for confirmation", "Release 2.3 notes", ControlType.SystemDesign, ControlState.Existing, "Supplier")],
            }, "Supplier release 2.3 adds dose highlighting", Loader);
            await scribe.Publish((await scribe.Get()).DraftRevision, SignOff(), "Version 2: dose highlighting control added", Loader);
        }

        LogLoaded(logger, practices.Count, DemoProgrammes.All.Count);
    }

    private async Task ProgrammeAsync(DemoProgrammes.DemoProgramme programme)
    {
        var log = grains.GetGrain<IProgrammeHazardLogGrain>(programme.Id);
        try
        {
            await log.Create(programme.Details, Loader);
        }
        catch (ConflictException)
        {
            return;
        }

        foreach (var hazard in programme.Hazards) await log.AddHazard(hazard, "Identified at the programme hazard workshop", Loader);
        await log.Publish(programme.Hazards.Count, SignOff(), "Version 1", Loader);
    }

    private async Task<IReadOnlyList<string>> PracticesAsync()
    {
        var rows = Icbs.SelectMany((icb, n) => Places.Select((place, i) => new PracticeRegistration(
            $"Z{90000 + n * 100 + i:D5}",
            new PracticeDetails(
                $"{place} {(i % 3 == 0 ? "Medical Centre" : i % 3 == 1 ? "Surgery" : "Health Centre")} (demo)", icb.Code, $"U{90000 + n * 10 + i / 6:D5}",
                new PracticeContacts(
                    $"Dr {place} Lead", $"safety.lead.{i}@{icb.Code.ToLowerInvariant()}.nhs.net",
                    i % 5 == 4 ? null : $"cas.{i}@{icb.Code.ToLowerInvariant()}.nhs.net", null,
                    $"manager.{i}@{icb.Code.ToLowerInvariant()}.nhs.net"))))).ToArray();
        var report = await grains.GetGrain<IPracticeRegistryGrain>(0).Register(rows, Loader, RegistrationScope.Anything);
        if (report.Refused.Count > 0) throw new InvalidOperationException($"Demo practices refused: {string.Join("; ", report.Refused.SelectMany(r => r.Violations))}");
        return rows.Select(r => r.OdsCode!).ToArray();
    }

    /// <summary>Brings one localisation to a state chosen by <paramref name="stage"/>, unless it has been started already.</summary>
    private async Task LocaliseAsync(DemoProgrammes.DemoProgramme programme, string ods, int stage)
    {
        var localisation = grains.GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programme.Id, ods));
        if (stage == 0 || (await localisation.Get()).Status != LocalisationStatus.NotJoined) return;
        await localisation.Join(new Mou($"MOU-{programme.Id}-{ods}", "Practice Manager", "Practice Manager", Today.AddMonths(-stage - 1), Today.AddYears(2)), Loader);
        if (stage == 1) return;
        var view = await localisation.RecordSop(0, new Sop(
            "1. Tell the patient the software is in use.\n2. Review every output before it is filed.\n3. Report problems to the practice safety lead.",
            null, "1.0", stage == 2 ? null : "Practice safety lead",
            stage switch { 2 => null, 6 => Today.AddDays(-400), _ => Today.AddDays(-stage) },
            stage == 6 ? Today.AddDays(-35) : Today.AddYears(1)), Loader);
        for (var h = 0; h < view.Hazards.Count && (stage > 2 || h < 2); h++)
        {
            var hazard = view.Hazards[h].ProgrammeHazard;
            var decision = (h + stage) % 4 == 0
                ? new HazardDecision(false, "The practice does not use this feature.", [], null, null, null)
                : new HazardDecision(true, null, [new HazardControl("Practice read-back and review", null, ControlType.BusinessProcess, ControlState.Existing, "Partners")],
                    new RiskAssessment(hazard.Content.ResidualRisk!.Severity, (h + stage) % 5 == 0 ? Likelihood.High : Likelihood.Low, "Locum-heavy rota considered."),
                    "Practice safety lead", null);
            view = await localisation.AssessHazard(hazard.Id, 0, decision, Loader);
        }

        if (stage >= 4) view = await localisation.SignOff(view.Revision, new PracticeSignOff("Practice safety lead", "Clinical Safety Lead", null, "Localised and reviewed (demo)."), Loader);
        if (stage == 5 && programme.Id == DemoProgrammes.All[2].Id) await localisation.Leave("Practice stopped using the software", Loader);
    }

    /// <summary>The AI scribe is bought by the ICBs for their practices: the route, its shared DTAC and IT assessment, and one ICB's permission for all its practices.</summary>
    private async Task DeploymentSetUpAsync(string programmeId)
    {
        var setUp = grains.GetGrain<IProgrammeDeploymentGrain>(programmeId);
        if ((await setUp.Get()).Revision > 0) return;
        await setUp.DeclareRoute(0, ProcurementRoute.IcbLed, Loader);
        await setUp.RecordArtefact(1, ProgrammeArtefactKind.Dtac, "DTAC-DEMO-2026-01", "Supplier's DTAC, reviewed by the ICB (demo)", Loader);
        await setUp.RecordArtefact(2, ProgrammeArtefactKind.ItAssessment, "ITA-DEMO-7", "Cyber security and support level assessed (demo)", Loader);
        await setUp.RecordPermission(3, "QMF", PermissionDecision.ApprovedWithSupport, null, "QMF-PERMISSION-DEMO", Loader);
    }

    /// <summary>Takes a practice's deployment as far along the checklist as its localisation <paramref name="stage"/> suggests.</summary>
    private async Task DeployAsync(string programmeId, string ods, int stage)
    {
        var deployment = grains.GetGrain<IDeploymentGrain>(IDeploymentGrain.KeyOf(programmeId, ods));
        if ((await deployment.Get()).Revision > 0) return;
        StepChange Done(DeploymentStep step) => new(step, StepStatus.Done, null, null, null);
        var steps = new List<StepChange> { Done(DeploymentStep.OutlineRequirement) };
        if (stage == 1) steps.Add(new(DeploymentStep.ProcurementRoute, StepStatus.WaitingOn, DeploymentParty.Icb, null, null));
        if (stage >= 2) steps.AddRange([Done(DeploymentStep.ProcurementRoute), Done(DeploymentStep.SupplierEvaluation)]);
        if (stage is 2 or 3) steps.Add(new(DeploymentStep.InformationGovernance, StepStatus.WaitingOn, DeploymentParty.InformationGovernance, null, null));
        if (stage >= 4)
        {
            steps.Add(Done(DeploymentStep.InformationGovernance) with { Evidence = $"DPIA-{ods}" });
            // The other ICBs decide practice by practice.
            if (!ods.StartsWith("Z900", StringComparison.Ordinal))
                steps.Add(Done(DeploymentStep.IcbPermission) with { Permission = PermissionDecision.ApprovedWithoutSupport, Evidence = $"PERMISSION-{ods}" });
            steps.AddRange([Done(DeploymentStep.Contract) with { Note = "Break clause at 12 months" }, Done(DeploymentStep.RopaAndPrivacyNotice)]);
        }

        if (stage >= 5) steps.Add(Done(DeploymentStep.Deployed));
        for (var i = 0; i < steps.Count; i++) await deployment.RecordStep(i, steps[i], Loader);
    }

    private static CsoSignOff SignOff() => new("Dr Demo CSO", "Clinical Safety Officer", "Demo registration (not a real number)", "Reviewed and fit for deployment across the programme's practices (demo).");

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo estate loaded: {Practices} practices, {Programmes} programmes")]
    private static partial void LogLoaded(ILogger logger, int practices, int programmes);
}
