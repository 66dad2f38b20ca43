using System.IO.Compression;
using System.Text;
using GpSafetyHub.Grains.Journals;
using GpSafetyHub.History;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Tests.Unit.Storage;

public sealed class JournalCodecTests
{
    [Fact]
    public void Changes_round_trip_with_their_type_and_metadata()
    {
        var hazard = new GpSafetyHub.Hazards.Hazard("H-007", new DateOnly(2026, 1, 2), 3, Samples.Hazard(), null);
        var recorded = new RecordedChange<ProgrammeLogEvent>(42, DateTimeOffset.Parse("2026-11-23T10:00:00Z"), Samples.Cso, "why",
            new HazardRevised(hazard, ["title", "owner"]));

        var decoded = JournalCodec.Decode<RecordedChange<ProgrammeLogEvent>>(JournalCodec.Encode(recorded));

        var revised = Assert.IsType<HazardRevised>(decoded.Change);
        Assert.Equal((42L, recorded.At, Samples.Cso, "why"), (decoded.Sequence, decoded.At, decoded.Actor, decoded.Reason));
        Assert.Equal(["title", "owner"], revised.ChangedFields);
        Assert.Empty(revised.Hazard.Content.ChangedFieldsFrom(hazard.Content));
        Assert.Equal(hazard with { Content = revised.Hazard.Content }, revised.Hazard);
    }

    [Fact]
    public void The_stored_form_names_changes_and_enums_in_words()
    {
        var recorded = new RecordedChange<ProgrammeLogEvent>(1, DateTimeOffset.UnixEpoch, Samples.Cso, null,
            new HazardAdded(new GpSafetyHub.Hazards.Hazard("H-001", new DateOnly(2026, 1, 2), 1, Samples.Hazard(), null)));
        using var gzip = new GZipStream(new MemoryStream(JournalCodec.Encode(recorded)), CompressionMode.Decompress);
        var json = new StreamReader(gzip, Encoding.UTF8).ReadToEnd();
        Assert.Contains("\"type\":\"hazard-added\"", json);
        Assert.Contains("\"severity\":\"Major\"", json);
        Assert.DoesNotContain("\"rating\"", json); // derived, never stored
    }

    [Fact]
    public void Every_kind_of_change_has_one_stored_name_of_its_own()
    {
        Type[] bases = [typeof(ProgrammeLogEvent), typeof(GpSafetyHub.Localisations.LocalisationEvent), typeof(GpSafetyHub.Practices.PracticeLogEvent), typeof(GpSafetyHub.Alerts.CasAlertEvent), typeof(GpSafetyHub.Deployments.DeploymentEvent), typeof(GpSafetyHub.Deployments.ProgrammeDeploymentEvent)];
        var kinds = bases.SelectMany(b => b.Assembly.GetTypes().Where(t => !t.IsAbstract && t != b && b.IsAssignableFrom(t)).Select(t => $"{b.Name}:{t.Name}"));

        Assert.Equal(kinds.Order(StringComparer.Ordinal), JournalFormat.Changes.Select(c => $"{c.Base.Name}:{c.Change.Name}").Order(StringComparer.Ordinal));
        Assert.Equal(JournalFormat.Changes.Count(), JournalFormat.Changes.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(JournalFormat.Changes, c => c.Change == typeof(HazardAdded) && c.Name == "hazard-added");
    }

    [Fact]
    public void What_can_be_given_back_is_stored_and_what_is_worked_out_is_not()
    {
        var state = new GpSafetyHub.Practices.PracticeState { OdsCode = "A81001", Details = Samples.Practice(), PreviousIcbCode = "QMF" };
        state.MergedFromIcbCodes.Add("QMF");

        var payload = JournalCodec.Encode(state);
        var decoded = JournalCodec.Decode<GpSafetyHub.Practices.PracticeState>(payload);
        using var gzip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
        var json = new StreamReader(gzip, Encoding.UTF8).ReadToEnd();

        Assert.Equal(["QMF"], decoded.MergedFromIcbCodes); // a collection with no setter, filled in place when read
        Assert.Equal(("A81001", "QMF", state.Details), (decoded.OdsCode, decoded.PreviousIcbCode, decoded.Details));
        Assert.DoesNotContain("\"exists\"", json, StringComparison.Ordinal); // worked out from the details
    }
}
