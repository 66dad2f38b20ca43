using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Deployments;

/// <summary>A programme's deployment set-up folded from its journal, and the rules for changing it.</summary>
public sealed class ProgrammeDeploymentState : IJournaledState<ProgrammeDeploymentEvent>
{
    public const int MaxTextLength = DeploymentPlan.MaxTextLength;

    public ProcurementRoute? Route { get; set; }

    public Dictionary<ProgrammeArtefactKind, ProgrammeArtefact> Artefacts { get; } = [];

    public SortedDictionary<string, BlanketPermission> Permissions { get; } = new(StringComparer.Ordinal);

    public int Revision { get; set; }

    public ProgrammeDeploymentView View(string programmeId) => new(
        programmeId, Route, Enum.GetValues<ProgrammeArtefactKind>().Where(Artefacts.ContainsKey).Select(k => Artefacts[k]).ToArray(),
        Permissions.Values.ToArray(), Revision);

    public ProcurementRouteDeclared DecideRoute(string programmeId, int expectedRevision, ProcurementRoute route)
    {
        DeploymentState.Expect(expectedRevision, Revision, "programme's deployment set-up");
        var validator = new Validator();
        validator.Defined("route", route);
        validator.ThrowIfInvalid();
        return new ProcurementRouteDeclared(programmeId, route);
    }

    public ProgrammeArtefactRecorded DecideArtefact(int expectedRevision, ProgrammeArtefactKind kind, string? reference, string? note, Actor actor, DateOnly today)
    {
        DeploymentState.Expect(expectedRevision, Revision, "programme's deployment set-up");
        var validator = new Validator();
        validator.Defined("kind", kind);
        validator.Required("reference", reference, MaxTextLength);
        validator.Optional("note", note, MaxTextLength, multiline: true);
        validator.ThrowIfInvalid();
        return new ProgrammeArtefactRecorded(new ProgrammeArtefact(kind, Text.Clean(reference)!, Text.Clean(note), today, actor));
    }

    public BlanketPermissionRecorded DecidePermission(
        int expectedRevision, string? icbCode, PermissionDecision decision, string? note, string? evidence, Actor actor, DateOnly today)
    {
        DeploymentState.Expect(expectedRevision, Revision, "programme's deployment set-up");
        var validator = new Validator();
        var icb = OrganisationCodes.Icb(validator, "icb", icbCode);
        validator.Defined("decision", decision);
        if (decision == PermissionDecision.Prohibited) validator.Required("note", note, MaxTextLength, multiline: true);
        else validator.Optional("note", note, MaxTextLength, multiline: true);
        validator.Optional("evidence", evidence, MaxTextLength);
        validator.ThrowIfInvalid();
        return new BlanketPermissionRecorded(new BlanketPermission(icb!, decision, Text.Clean(note), Text.Clean(evidence), today, actor));
    }

    public void Apply(RecordedChange<ProgrammeDeploymentEvent> recorded)
    {
        switch (recorded.Change)
        {
            case ProcurementRouteDeclared declared:
                Route = declared.Route;
                break;
            case ProgrammeArtefactRecorded artefact:
                Artefacts[artefact.Artefact.Kind] = artefact.Artefact;
                break;
            case BlanketPermissionRecorded permission:
                Permissions[permission.Permission.IcbCode] = permission.Permission;
                break;
            default:
                throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}.");
        }

        Revision++;
    }
}
