using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GpSafetyHub.Alerts;
using GpSafetyHub.Deployments;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Grains.Journals;

/// <summary>
/// How domain types are laid out in stored JSON, kept here with the journal rather than as
/// attributes on the domain: each kind of change under a fixed name (the names are the stored
/// format: never rename one); what a type can be given back is stored (properties with a setter or
/// a constructor parameter, and collections filled in place when read); values worked out from
/// others (a rating from its likelihood and severity, whether a record exists) are not.
/// </summary>
internal static class JournalFormat
{
    public const string ChangeNameProperty = "type";

    private static readonly Dictionary<Type, (Type Change, string Name)[]> ChangeNames = new()
    {
        [typeof(ProgrammeLogEvent)] =
        [
            (typeof(ProgrammeCreated), "programme-created"), (typeof(HazardAdded), "hazard-added"), (typeof(HazardRevised), "hazard-revised"),
            (typeof(HazardClosed), "hazard-closed"), (typeof(VersionPublished), "version-published"),
        ],
        [typeof(LocalisationEvent)] =
        [
            (typeof(ProgrammeJoined), "programme-joined"), (typeof(ProgrammeLeft), "programme-left"), (typeof(SopRecorded), "sop-recorded"),
            (typeof(HazardAssessed), "hazard-assessed"), (typeof(LocalHazardAdded), "local-hazard-added"), (typeof(LocalHazardRevised), "local-hazard-revised"),
            (typeof(LocalHazardClosed), "local-hazard-closed"), (typeof(CarriedForward), "carried-forward"), (typeof(LocalisationSignedOff), "signed-off"),
        ],
        [typeof(PracticeLogEvent)] =
        [
            (typeof(PracticeRegistered), "practice-registered"), (typeof(PracticeDetailsChanged), "practice-details-changed"),
            (typeof(PracticeMovedByIcbMerger), "practice-moved-by-icb-merger"),
        ],
        [typeof(DeploymentEvent)] = [(typeof(DeploymentStepRecorded), "deployment-step-recorded")],
        [typeof(ProgrammeDeploymentEvent)] =
        [
            (typeof(ProcurementRouteDeclared), "procurement-route-declared"), (typeof(ProgrammeArtefactRecorded), "programme-artefact-recorded"),
            (typeof(BlanketPermissionRecorded), "blanket-permission-recorded"),
        ],
        [typeof(CasAlertEvent)] = [(typeof(CasAlertRecorded), "cas-alert-recorded"), (typeof(CasAlertAmended), "cas-alert-amended")],
    };

    /// <summary>Every kind of change the journal stores, with its stored name.</summary>
    public static IEnumerable<(Type Base, Type Change, string Name)> Changes =>
        ChangeNames.SelectMany(b => b.Value.Select(c => (b.Key, c.Change, c.Name)));

    /// <summary>Applies the rules to each type's JSON contract as System.Text.Json builds it.</summary>
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        if (ChangeNames.TryGetValue(type.Type, out var changes))
        {
            type.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = ChangeNameProperty };
            foreach (var (change, name) in changes) type.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(change, name));
        }

        foreach (var property in type.Properties.ToArray())
        {
            if (property.Set is not null || property.AssociatedParameter is not null) continue;
            if (IsCollection(property.PropertyType)) property.ObjectCreationHandling = JsonObjectCreationHandling.Populate;
            else type.Properties.Remove(property);
        }
    }

    // Only a concrete collection can be filled in place; a computed IReadOnlyList or array is a derived value.
    private static bool IsCollection(Type type) =>
        !type.IsInterface && !type.IsArray && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
}
