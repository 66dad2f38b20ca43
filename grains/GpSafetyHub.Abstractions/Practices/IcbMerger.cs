using System.Globalization;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>
/// ICBs merging into one (several did on 1 April 2026; the rest must by April 2027): every
/// practice of the <see cref="From"/> ICBs moves to <see cref="Into"/>, as from <see cref="EffectiveOn"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.IcbMerger")]
public sealed record IcbMerger(
    [property: Id(0)] IReadOnlyList<string> From,
    [property: Id(1)] string Into,
    [property: Id(2)] DateOnly EffectiveOn)
{
    /// <summary>ICBs were established on 1 July 2022: no merger of them is older.</summary>
    public static readonly DateOnly IcbsEstablished = new(2022, 7, 1);

    public const int MaxFrom = 42;

    /// <summary>The merger with its codes normalised, or a refusal naming every broken rule. A merger is recorded once it has taken effect.</summary>
    public IcbMerger Validated(DateOnly today)
    {
        var validator = new Validator();
        var from = new List<string>();
        for (var i = 0; i < (From ?? []).Count; i++)
            if (OrganisationCodes.Icb(validator, $"from[{i}]", From![i]) is { } code && !from.Contains(code)) from.Add(code);
        if ((From ?? []).Count == 0) validator.Fail("from", "must name at least one ICB that is merging");
        validator.AtMost("from", from, MaxFrom);
        var into = OrganisationCodes.Icb(validator, "into", Into);
        if (into is not null && from.Contains(into)) validator.Fail("into", "must not also be one of the ICBs merging into it");
        if (EffectiveOn > today)
            validator.Fail("effectiveOn", $"must not be in the future (today is {Words(today)}): record a merger on or after the day it takes effect");
        else if (EffectiveOn < IcbsEstablished)
            validator.Fail("effectiveOn", $"must be on or after {Words(IcbsEstablished)}, when ICBs were established");
        validator.ThrowIfInvalid();
        return new IcbMerger(from.Order(StringComparer.Ordinal).ToArray(), into!, EffectiveOn);
    }

    public string Describe() => $"ICB merger effective {Words(EffectiveOn)}";

    private static string Words(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>What a merger did: the practices it moved, those already in the new ICB, and any it could not confirm.</summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.IcbMergerReport")]
public sealed record IcbMergerReport(
    [property: Id(0)] IcbMerger Merger,
    [property: Id(1)] IReadOnlyList<string> Moved,
    [property: Id(2)] IReadOnlyList<string> Unchanged,
    [property: Id(3)] IReadOnlyList<RefusedRow> Refused);
