namespace GpSafetyHub.Errors;

/// <summary>Checks run together, so a person correcting a form is told every rule broken at once, not one at a time.</summary>
public static class Refusals
{
    /// <summary>Runs both checks; when either refuses, one refusal lists every rule both broke (the first's first).</summary>
    public static (T1 First, T2 Second) Both<T1, T2>(Func<T1> first, Func<T2> second)
    {
        var (a, firstRefusal) = Try(first);
        var (b, secondRefusal) = Try(second);
        if (firstRefusal is null && secondRefusal is null) return (a!, b!);
        throw new ValidationFailedException([.. firstRefusal?.Violations ?? [], .. secondRefusal?.Violations ?? []]);
    }

    private static (T? Value, ValidationFailedException? Refusal) Try<T>(Func<T> check)
    {
        try
        {
            return (check(), null);
        }
        catch (ValidationFailedException refusal)
        {
            return (default, refusal);
        }
    }
}
