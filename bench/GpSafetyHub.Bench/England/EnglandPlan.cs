namespace GpSafetyHub.Bench.England;

/// <summary>Where the generator leaves one localisation. MoU expiry is the one state it cannot reach: the hub refuses an expired MoU, so that state needs time to pass.</summary>
internal enum PlannedState
{
    Joined,
    InProgress,
    SignedOff,
    Stale,
    Left,
}

internal sealed record PlannedIcb(string Code, int Practices);

internal sealed record PlannedPractice(int Number, string OdsCode, string IcbCode, bool HasCasContact);

/// <summary>One practice's localisation of one programme; <paramref name="Index"/> spreads its dates.</summary>
internal sealed record PlannedLocalisation(int Index, string OdsCode, int Programme, PlannedState State);

/// <summary>
/// The England estate the generator loads, decided before anything is sent so the benchmark knows
/// the figures the hub must show: ICBs of uneven sizes (a few large, many middling), practices with
/// three or four programmes each, and localisations in every state the API can reach in one day.
/// Programmes up to <see cref="RepublishedProgrammes"/> publish a second version after the
/// sign-offs, which leaves their signed-off localisations stale.
/// </summary>
internal sealed record EnglandPlan(
    IReadOnlyList<PlannedIcb> Icbs, IReadOnlyList<PlannedPractice> Practices, int Programmes, int Hazards, IReadOnlyList<PlannedLocalisation> Localisations)
{
    public const int RepublishedProgrammes = 6;

    public static string ProgrammeId(int n) => $"england-{n:D2}";

    public static EnglandPlan Of(int practices, int icbs, int programmes, int hazards, int localisations)
    {
        if (localisations < 3 * practices || localisations > 4 * practices)
            throw new ArgumentOutOfRangeException(nameof(localisations), "The generator gives each practice three or four programmes.");
        var sizes = IcbSizes(practices, icbs);
        var planned = new List<PlannedPractice>(practices);
        var icbList = new List<PlannedIcb>(icbs);
        for (var i = 0; i < icbs; i++)
        {
            var code = $"Q{(char)('A' + i / 10)}{i % 10}";
            icbList.Add(new PlannedIcb(code, sizes[i]));
            for (var k = 0; k < sizes[i]; k++)
            {
                var n = planned.Count + 1;
                planned.Add(new PlannedPractice(n, $"E{n:D5}", code, HasCasContact: n % 10 != 0));
            }
        }

        var rows = new List<PlannedLocalisation>(localisations);
        var fourth = localisations - 3 * practices;
        foreach (var practice in planned)
        {
            var count = practice.Number <= fourth ? 4 : 3;
            for (var k = 0; k < count; k++)
            {
                // Steps of 11 through 30 programmes: distinct for the four a practice takes, and every programme used.
                var programme = ((practice.Number * 7) + (k * 11)) % programmes + 1;
                var index = rows.Count;
                rows.Add(new PlannedLocalisation(index, practice.OdsCode, programme, StateOf(index, programme)));
            }
        }

        return new EnglandPlan(icbList, planned, programmes, hazards, rows);
    }

    /// <summary>3 in 100 signed off (stale where the programme republished), 15 in progress, 3 left, the rest joined only.</summary>
    private static PlannedState StateOf(int index, int programme) => (index % 100) switch
    {
        < 3 => programme <= RepublishedProgrammes ? PlannedState.Stale : PlannedState.SignedOff,
        < 18 => PlannedState.InProgress,
        < 21 => PlannedState.Left,
        _ => PlannedState.Joined,
    };

    /// <summary>Uneven ICB sizes summing to <paramref name="practices"/>: log-normal weights from a fixed seed, none under 40 (fewer on a small estate).</summary>
    private static int[] IcbSizes(int practices, int icbs)
    {
        var random = new Random(42);
        var weights = Enumerable.Range(0, icbs).Select(_ => Math.Exp(0.55 * Normal(random))).ToArray();
        var least = Math.Min(40, practices / (2 * icbs));
        var spare = practices - (least * icbs);
        var sizes = weights.Select(w => least + (int)(spare * w / weights.Sum())).ToArray();
        sizes[Array.IndexOf(weights, weights.Max())] += practices - sizes.Sum();
        return sizes;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public int Count(PlannedState state) => Localisations.Count(l => l.State == state);
}
