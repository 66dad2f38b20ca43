using GpSafetyHub.Errors;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Alerts;

/// <summary>
/// A CAS safety alert as the CSO function records it: what it is, what practices must do by when,
/// and whom it concerns: practices using the named programmes' software, all practices of the
/// named ICBs, or both. <see cref="CsoEmail"/> receives the summaries of outstanding practices.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Alerts.CasAlertDetails")]
public sealed record CasAlertDetails(
    [property: Id(0)] CasAlertType Type,
    [property: Id(1)] string Originator,
    [property: Id(2)] DateOnly IssuedOn,
    [property: Id(3)] string Title,
    [property: Id(4)] string Summary,
    [property: Id(5)] string ActionRequired,
    [property: Id(6)] DateOnly? AcknowledgeBy,
    [property: Id(7)] DateOnly? ActionCompleteBy,
    [property: Id(8)] IReadOnlyList<string> ProgrammeIds,
    [property: Id(9)] IReadOnlyList<string> IcbCodes,
    [property: Id(10)] string CsoEmail)
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxTargets = 50;

    /// <summary>How long after its issue an alert's last deadline may fall.</summary>
    public const int MaxDeadlineYears = 1;

    /// <summary>
    /// The details cleaned, with missing deadlines filled from <paramref name="defaults"/> (counted
    /// from the issue date), and checked against every rule; throws naming each broken one.
    /// </summary>
    public CasAlertDetails Validated(CasAlertDeadlineDefaults defaults, DateOnly today, string prefix = "alert")
    {
        var validator = new Validator();
        validator.Defined($"{prefix}.type", Type);
        var originator = Text.Clean(Originator);
        var title = Text.Clean(Title);
        var summary = Text.Clean(Summary);
        var action = Text.Clean(ActionRequired);
        validator.Required($"{prefix}.originator", originator, MaxTitleLength);
        validator.Required($"{prefix}.title", title, MaxTitleLength);
        validator.Required($"{prefix}.summary", summary, MaxTextLength, multiline: true);
        validator.Required($"{prefix}.actionRequired", action, MaxTextLength, multiline: true);
        DateRules.PastDate(validator, $"{prefix}.issuedOn", IssuedOn, today);
        var acknowledgeBy = AcknowledgeBy ?? IssuedOn.AddDays(defaults.AcknowledgeWithinDays);
        var completeBy = ActionCompleteBy ?? IssuedOn.AddDays(defaults.ActionCompleteWithinDays);
        if (acknowledgeBy < IssuedOn) validator.Fail($"{prefix}.acknowledgeBy", "must be on or after issuedOn");
        if (completeBy < acknowledgeBy) validator.Fail($"{prefix}.actionCompleteBy", "must be on or after acknowledgeBy");
        else DateRules.Within(validator, $"{prefix}.actionCompleteBy", completeBy, "issuedOn", IssuedOn, MaxDeadlineYears);

        var programmes = (ProgrammeIds ?? []).Select(p => p.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var icbs = new List<string>();
        for (var i = 0; i < (IcbCodes ?? []).Count; i++)
            if (OrganisationCodes.Icb(validator, $"{prefix}.icbCodes[{i}]", IcbCodes![i]) is { } icb && !icbs.Contains(icb)) icbs.Add(icb);
        if (programmes.Length == 0 && icbs.Count == 0)
            validator.Fail($"{prefix}.programmeIds", "or icbCodes is required: name the programmes whose software the alert concerns, or the ICBs whose practices must all act");
        validator.AtMost($"{prefix}.programmeIds", programmes, MaxTargets);
        validator.AtMost($"{prefix}.icbCodes", icbs, MaxTargets);
        var csoEmail = Text.Clean(CsoEmail)?.ToLowerInvariant();
        if (csoEmail is null) validator.Fail($"{prefix}.csoEmail", "is required: the CSO function's mailbox for summaries of outstanding practices");
        else ContactRules.Email(validator, $"{prefix}.csoEmail", csoEmail);
        validator.ThrowIfInvalid();
        icbs.Sort(StringComparer.Ordinal);
        return new CasAlertDetails(Type, originator!, IssuedOn, title!, summary!, action!, acknowledgeBy, completeBy, programmes, icbs, csoEmail!);
    }

    /// <summary>The names of the fields that differ from <paramref name="other"/>.</summary>
    public IReadOnlyList<string> ChangedFieldsFrom(CasAlertDetails other)
    {
        var changed = new List<string>();
        void Check(string field, bool same)
        {
            if (!same) changed.Add(field);
        }

        Check("type", Type == other.Type);
        Check("originator", Originator == other.Originator);
        Check("issuedOn", IssuedOn == other.IssuedOn);
        Check("title", Title == other.Title);
        Check("summary", Summary == other.Summary);
        Check("actionRequired", ActionRequired == other.ActionRequired);
        Check("acknowledgeBy", AcknowledgeBy == other.AcknowledgeBy);
        Check("actionCompleteBy", ActionCompleteBy == other.ActionCompleteBy);
        Check("programmeIds", ProgrammeIds.SequenceEqual(other.ProgrammeIds));
        Check("icbCodes", IcbCodes.SequenceEqual(other.IcbCodes));
        Check("csoEmail", CsoEmail == other.CsoEmail);
        return changed;
    }
}

/// <summary>Deadlines given to an alert recorded without its own, in days from its issue date.</summary>
[GenerateSerializer, Immutable, Alias("hub.Alerts.CasAlertDeadlineDefaults")]
public sealed record CasAlertDeadlineDefaults(
    [property: Id(0)] int AcknowledgeWithinDays,
    [property: Id(1)] int ActionCompleteWithinDays);
