using GpSafetyHub.Hazards;

namespace GpSafetyHub.Web.Components.UI;

/// <summary>One control as typed into its boxes; a row left empty is not a control.</summary>
public sealed class ControlForm
{
    public string? Description { get; set; }

    public ControlType? Type { get; set; }

    public ControlState? State { get; set; }

    public string? Evidence { get; set; }

    public string? Owner { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Evidence) && string.IsNullOrWhiteSpace(Owner);

    public static ControlForm From(HazardControl control) => new()
    {
        Description = control.Description, Type = control.Type, State = control.State, Evidence = control.Evidence, Owner = control.Owner,
    };

    /// <summary>The controls given, in order, with the rows left empty dropped.</summary>
    public static IReadOnlyList<HazardControl> Given(IEnumerable<ControlForm> rows) =>
        rows.Where(r => !r.IsBlank).Select(r => new HazardControl(r.Description ?? "", r.Evidence, r.Type ?? default, r.State ?? default, r.Owner)).ToArray();

    /// <summary>What the boxes lack before the hub is asked: each control given says what kind it is and whether it is in place.</summary>
    public static IEnumerable<FormError> Missing(IReadOnlyList<ControlForm> rows, string idPrefix)
    {
        var given = rows.Where(r => !r.IsBlank).ToArray();
        for (var i = 0; i < given.Length; i++)
        {
            if (given[i].Type is null) yield return new FormError($"{idPrefix}-{i}-type", $"Choose what kind of control control {i + 1} is");
            if (given[i].State is null) yield return new FormError($"{idPrefix}-{i}-state", $"Say whether control {i + 1} is in place already");
        }
    }

    /// <summary>The hub's names for a list of controls' fields (e.g. "controls[0].description"), against the boxes that ask them.</summary>
    public static IEnumerable<(string FieldEnding, string InputId, string Label)> Inputs(string field, string idPrefix, int count) =>
        Enumerable.Range(0, count).SelectMany(i => new[]
        {
            ($"{field}[{i}].description", $"{idPrefix}-{i}-description", $"Control {i + 1}'s description"),
            ($"{field}[{i}].evidence", $"{idPrefix}-{i}-evidence", $"Control {i + 1}'s evidence"),
            ($"{field}[{i}].owner", $"{idPrefix}-{i}-owner", $"Control {i + 1}'s owner"),
            ($"{field}[{i}].type", $"{idPrefix}-{i}-type", $"Control {i + 1}'s kind"),
            ($"{field}[{i}].state", $"{idPrefix}-{i}-state", $"Control {i + 1}'s state"),
        });

    /// <summary>The rows a form shows: the controls given so far, then one empty row for another.</summary>
    public static List<ControlForm> Rows(IEnumerable<HazardControl> controls) => [.. controls.Select(From), new ControlForm()];

    /// <summary>Adds an empty row when "Add another control" posted the form (<paramref name="asked"/> is its value); answers whether it did.</summary>
    public static bool AddRowIfAsked(string? asked, List<ControlForm> rows)
    {
        if (asked is null) return false;
        rows.Add(new ControlForm());
        return true;
    }

    public static string Words(ControlType type) => type switch
    {
        ControlType.SystemDesign => "System design",
        ControlType.UserTraining => "User training",
        ControlType.BusinessProcess => "Business process",
        _ => type.ToString(),
    };
}
