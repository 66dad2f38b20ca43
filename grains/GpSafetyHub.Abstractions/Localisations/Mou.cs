using GpSafetyHub.Errors;

namespace GpSafetyHub.Localisations;

/// <summary>The memorandum of understanding under which a practice joins a programme.</summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.Mou")]
public sealed record Mou(
    [property: Id(0)] string Reference,
    [property: Id(1)] string SignatoryName,
    [property: Id(2)] string SignatoryRole,
    [property: Id(3)] DateOnly SignedOn,
    [property: Id(4)] DateOnly ExpiresOn)
{
    public const int MaxLength = 200;

    /// <summary>The longest term an MoU may run for before it must be renewed.</summary>
    public const int MaxTermYears = 10;

    public Mou Validated(string prefix)
    {
        var mou = new Mou(Text.Clean(Reference)!, Text.Clean(SignatoryName)!, Text.Clean(SignatoryRole)!, SignedOn, ExpiresOn);
        var validator = new Validator();
        validator.Required($"{prefix}.reference", mou.Reference, MaxLength);
        validator.Required($"{prefix}.signatoryName", mou.SignatoryName, MaxLength);
        validator.Required($"{prefix}.signatoryRole", mou.SignatoryRole, MaxLength);
        if (ExpiresOn <= SignedOn) validator.Fail($"{prefix}.expiresOn", "must be after signedOn");
        validator.ThrowIfInvalid();
        return mou;
    }

    public bool IsExpiredOn(DateOnly today) => ExpiresOn < today;
}
