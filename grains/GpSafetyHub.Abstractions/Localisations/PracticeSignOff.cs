using GpSafetyHub.Errors;

namespace GpSafetyHub.Localisations;

/// <summary>A practice's sign-off of its localised hazard log; professional registration where the signatory is clinical.</summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.PracticeSignOff")]
public sealed record PracticeSignOff(
    [property: Id(0)] string Name,
    [property: Id(1)] string Role,
    [property: Id(2)] string? ProfessionalRegistration,
    [property: Id(3)] string Statement)
{
    /// <summary>How long a sign-off stands before the localisation is due for review, when the practice names no date.</summary>
    public const int DefaultReviewMonths = 12;

    /// <summary>
    /// When the practice will next review its localisation; a year after signing when not given.
    /// The review reminders are sent against it.
    /// </summary>
    [Id(4)]
    public DateOnly? ReviewDate { get; init; }

    public PracticeSignOff Cleaned() =>
        new(Text.Clean(Name)!, Text.Clean(Role)!, Text.Clean(ProfessionalRegistration), Text.Clean(Statement)!) { ReviewDate = ReviewDate };

    /// <summary>The sign-off with its review date settled: the one given, or a year from <paramref name="today"/>.</summary>
    public PracticeSignOff WithReviewDate(DateOnly today) => this with { ReviewDate = ReviewDate ?? today.AddMonths(DefaultReviewMonths) };

    public void Validate(Validator validator, string prefix)
    {
        validator.Required($"{prefix}.name", Name, 200);
        validator.Required($"{prefix}.role", Role, 200);
        validator.Optional($"{prefix}.professionalRegistration", ProfessionalRegistration, 200);
        validator.Required($"{prefix}.statement", Statement, 4000, multiline: true);
    }

    /// <summary>The review date must lie ahead, and within three years: a sign-off is not meant to stand longer unreviewed.</summary>
    public void ValidateReviewDate(Validator validator, string prefix, DateOnly today)
    {
        if (ReviewDate is not { } review) return;
        if (review <= today) validator.Fail($"{prefix}.reviewDate", "must be after today");
        else if (review > today.AddYears(3)) validator.Fail($"{prefix}.reviewDate", "must be within three years of today");
    }
}
