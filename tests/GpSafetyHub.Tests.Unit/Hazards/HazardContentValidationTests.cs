using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Tests.Unit.Hazards;

public sealed class HazardContentValidationTests
{
    private static readonly HazardContent Valid = Samples.Hazard();

    public static TheoryData<string, Func<HazardContent, HazardContent>, string, string> BrokenRules() => new()
    {
        { "blank title", h => h with { Title = "  " }, "hazard.title", "is required" },
        { "long title", h => h with { Title = new string('t', 201) }, "hazard.title", "at most 200 characters" },
        { "blank description", h => h with { Description = "" }, "hazard.description", "is required" },
        { "long description", h => h with { Description = new string('d', 4001) }, "hazard.description", "at most 4000 characters" },
        { "blank effect", h => h with { Effect = "" }, "hazard.effect", "is required" },
        { "long effect", h => h with { Effect = new string('e', 4001) }, "hazard.effect", "at most 4000" },
        { "blank harm", h => h with { PotentialHarm = " " }, "hazard.potentialHarm", "is required" },
        { "long harm", h => h with { PotentialHarm = new string('h', 4001) }, "hazard.potentialHarm", "at most 4000" },
        { "too many causes", h => h with { Causes = Enumerable.Repeat("c", 31).ToArray() }, "hazard.causes", "at most 30 entries" },
        { "long cause", h => h with { Causes = ["ok", new string('c', 1001)] }, "hazard.causes[1]", "at most 1000" },
        { "unknown severity", h => h with { InitialRisk = h.InitialRisk with { Severity = (Severity)9 } }, "hazard.initialRisk.severity", "must be one of" },
        { "unknown likelihood", h => h with { InitialRisk = h.InitialRisk with { Likelihood = 0 } }, "hazard.initialRisk.likelihood", "must be one of" },
        { "long initial justification", h => h with { InitialRisk = h.InitialRisk with { Justification = new string('j', 4001) } }, "hazard.initialRisk.justification", "at most 4000" },
        { "long residual justification", h => h with { ResidualRisk = h.ResidualRisk! with { Justification = new string('j', 4001) } }, "hazard.residualRisk.justification", "at most 4000" },
        { "unknown residual severity", h => h with { ResidualRisk = h.ResidualRisk! with { Severity = (Severity)6 } }, "hazard.residualRisk.severity", "must be one of" },
        { "too many controls", h => h with { Controls = Enumerable.Repeat(h.Controls[0], 31).ToArray() }, "hazard.controls", "at most 30 entries" },
        { "blank control", h => h with { Controls = [h.Controls[0] with { Description = "" }] }, "hazard.controls[0].description", "is required" },
        { "long control evidence", h => h with { Controls = [h.Controls[0] with { Evidence = new string('v', 2001) }] }, "hazard.controls[0].evidence", "at most 2000" },
        { "unknown control type", h => h with { Controls = [h.Controls[0] with { Type = (ControlType)7 }] }, "hazard.controls[0].type", "must be one of" },
        { "unknown control state", h => h with { Controls = [h.Controls[0] with { State = 0 }] }, "hazard.controls[0].state", "must be one of" },
        { "long control owner", h => h with { Controls = [h.Controls[0] with { Owner = new string('o', 201) }] }, "hazard.controls[0].owner", "at most 200" },
        { "closed by revision", h => h with { Status = HazardStatus.Closed }, "hazard.status", "close the hazard with a reason" },
        { "transferred to nobody", h => h with { Status = HazardStatus.Transferred }, "hazard.transferredTo", "is required" },
        { "transferee while open", h => h with { TransferredTo = "Acme" }, "hazard.transferredTo", "unless the status is TRANSFERRED" },
        { "blank owner", h => h with { Owner = "" }, "hazard.owner", "is required" },
        { "long owner", h => h with { Owner = new string('o', 201) }, "hazard.owner", "at most 200" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Each_rule_is_reported_with_its_field(string because, Func<HazardContent, HazardContent> breakIt, string field, string rule)
    {
        var violations = Validate(breakIt(Valid).Cleaned());
        var violation = Assert.Single(violations);
        Assert.True(violation.Field == field, $"{because}: expected field {field}, got {violation.Field}");
        Assert.Contains(rule, violation.Rule);
    }

    [Fact]
    public void A_complete_hazard_is_valid() => Assert.Empty(Validate(Valid.Cleaned()));

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var violations = Validate((Valid with { Title = "", Owner = "", Effect = "" }).Cleaned());
        Assert.Equal(["hazard.title", "hazard.effect", "hazard.owner"], violations.Select(v => v.Field));
    }

    [Fact]
    public void Text_is_trimmed_and_blank_causes_dropped()
    {
        var cleaned = (Valid with { Title = "  Title  ", Causes = ["  a ", "   "], TransferredTo = "  " }).Cleaned();
        Assert.Equal("Title", cleaned.Title);
        Assert.Equal(["a"], cleaned.Causes);
        Assert.Null(cleaned.TransferredTo);
    }

    [Fact]
    public void Residual_risk_may_be_left_unassessed_in_the_draft() =>
        Assert.Empty(Validate((Valid with { ResidualRisk = null }).Cleaned()));

    [Fact]
    public void Changed_fields_are_named_in_template_order()
    {
        var revised = Valid with
        {
            Owner = "New owner",
            Title = "New title",
            ResidualRisk = Valid.ResidualRisk! with { Likelihood = Likelihood.Low },
            Causes = [.. Valid.Causes, "A third cause"],
        };
        Assert.Equal(["title", "causes", "residualRisk", "owner"], revised.ChangedFieldsFrom(Valid));
    }

    [Fact]
    public void Equal_content_in_new_lists_has_no_changed_fields()
    {
        var copy = Valid with { Causes = Valid.Causes.ToList(), Controls = Valid.Controls.ToList() };
        Assert.Empty(copy.ChangedFieldsFrom(Valid));
    }

    private static IReadOnlyList<FieldViolation> Validate(HazardContent content)
    {
        var validator = new Validator();
        content.Validate(validator, "hazard");
        try
        {
            validator.ThrowIfInvalid();
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Violations;
        }
    }
}
