using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Practices;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Tests.Unit.Practices;

/// <summary>The practice CSV as spreadsheets and people write it.</summary>
public sealed class PracticeCsvTests
{
    [Fact]
    public void A_byte_order_mark_and_CRLF_line_ends_are_read_as_Excel_writes_them()
    {
        var rows = PracticeCsv.Parse("\uFEFFods_code,name,icb_code\r\nA81001,Riverside,QHM\r\n");
        Assert.Equal(("A81001", "Riverside", "QHM"), (rows.Single().OdsCode, rows[0].Details.Name, rows[0].Details.IcbCode));
    }

    [Fact]
    public void A_quoted_field_keeps_its_CRLF_and_rows_count_records_not_lines()
    {
        var rows = PracticeCsv.Parse("ods_code,name,icb_code\r\nA81001,\"Riverside\r\nSurgery\",QHM\r\nA81002,Hillside,QHM\r\nbad,Nowhere,QHM\r\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal("Riverside\r\nSurgery", rows[0].Details.Name);
        // The third record starts on line 5 of the file; the report numbers it row 3, as a spreadsheet shows it.
        // (A practice's name is one line, so the first row is refused too, naming the field.)
        var (valid, refused) = PracticeBatch.Check(rows);
        Assert.Equal([(1, "practice.name"), (3, "odsCode")], refused.Select(r => (r.Row, r.Violations[0].Field)));
        Assert.Equal(["A81002"], valid.Select(v => v.OdsCode));
    }

    [Fact]
    public void Header_names_are_matched_in_any_case_order_and_spacing()
    {
        var rows = PracticeCsv.Parse(" ICB_Code , Name,ODS_CODE,Cas_Contact_Email\nQHM,Riverside,A81001,cas@riverside.nhs.net\n");
        Assert.Equal(("A81001", "Riverside", "QHM", "cas@riverside.nhs.net"),
            (rows[0].OdsCode, rows[0].Details.Name, rows[0].Details.IcbCode, rows[0].Details.Contacts.CasContactEmail));
    }

    [Fact]
    public void Unknown_repeated_and_missing_columns_are_each_named()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => PracticeCsv.Parse("ods_code,name,name,postcode\nA81001,x,y,E1 1AA\n"));
        var rules = refusal.Violations.Select(v => v.Rule).ToArray();
        Assert.All(refusal.Violations, v => Assert.Equal("csv", v.Field));
        Assert.Contains(rules, r => r.Contains("name more than once", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Contains("missing the column(s) icb_code", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Contains("does not know: postcode", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_row_leaves_its_missing_cells_empty()
    {
        var rows = PracticeCsv.Parse("ods_code,name,icb_code,cas_contact_email\nA81001,Riverside\n");
        Assert.Equal(("A81001", "Riverside", "", null), (rows[0].OdsCode, rows[0].Details.Name, rows[0].Details.IcbCode, rows[0].Details.Contacts.CasContactEmail));
    }

    [Fact]
    public void An_unterminated_quote_is_refused_naming_the_line_its_record_starts_on()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => PracticeCsv.Parse("ods_code,name,icb_code\nA81001,Riverside,QHM\nA81002,\"Hillside,QHM\nA81003,Lakeside,QHM\n"));
        Assert.Equal("csv", refusal.Field);
        Assert.Contains("a record starting on line 3 whose quotes do not match", refusal.Violations[0].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_over_the_size_or_row_limits_are_refused_before_anything_is_read()
    {
        var tooLong = Assert.Throws<ValidationFailedException>(() => PracticeCsv.Parse("ods_code,name,icb_code\n" + new string('x', PracticeCsv.MaxLength)));
        Assert.Equal(("csv", "must be at most 2 MiB"), (tooLong.Field, tooLong.Violations[0].Rule));

        var header = "ods_code,name,icb_code\n";
        var many = header + string.Concat(Enumerable.Range(0, PracticeBatch.MaxRows + 1).Select(i => $"A{i:D5},P,QHM\n"));
        var tooMany = Assert.Throws<ValidationFailedException>(() => PracticeCsv.Parse(many));
        Assert.Equal($"must have at most {PracticeBatch.MaxRows} rows (had {PracticeBatch.MaxRows + 1})", tooMany.Violations[0].Rule);
        Assert.Equal(PracticeBatch.MaxRows, PracticeCsv.Parse(header + string.Concat(Enumerable.Range(0, PracticeBatch.MaxRows).Select(i => $"A{i:D5},P,QHM\n"))).Count);
    }
}
