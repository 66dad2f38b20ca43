using GpSafetyHub.Errors;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Tests.Unit.Practices;

public sealed class PracticeRulesTests
{
    [Theory]
    [InlineData("A81001", "A81001")]
    [InlineData(" a81001 ", "A81001")]
    public void Practice_codes_are_one_letter_and_five_digits(string given, string code) =>
        Assert.Equal(code, OrganisationCodes.RequirePractice(given));

    [Theory]
    [InlineData("A8100")]
    [InlineData("A810011")]
    [InlineData("AB1234")]
    [InlineData("123456")]
    [InlineData("A81-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused_naming_the_shape(string? given)
    {
        var error = Assert.Throws<ValidationFailedException>(() => OrganisationCodes.RequirePractice(given, "odsCode"));
        Assert.Equal("odsCode", error.Field);
        Assert.Contains("one letter and five digits", error.Detail);
    }

    [Theory]
    [InlineData("QHM", true)]
    [InlineData("15N", true)]
    [InlineData("QH", false)]
    [InlineData("QHMX", false)]
    public void ICB_codes_are_three_letters_or_digits(string code, bool valid) => Assert.Equal(valid, Accepts(OrganisationCodes.Icb, code));

    [Theory]
    [InlineData("U12345", true)]
    [InlineData("U1234", false)]
    [InlineData("X12345", false)]
    public void PCN_codes_are_U_and_five_digits(string code, bool valid) => Assert.Equal(valid, Accepts(OrganisationCodes.Pcn, code));

    public static TheoryData<PracticeContacts, string> BadContacts() => new()
    {
        { new PracticeContacts("Dr A", null, null, null, null), "p.safetyLeadEmail" },
        { new PracticeContacts(null, "lead@nhs.net", null, null, null), "p.safetyLeadName" },
        { new PracticeContacts(null, null, "not an email", null, null), "p.casContactEmail" },
        { new PracticeContacts(null, null, "cas@nhs.net", "0207 946 0000", null), "p.casContactMobile" },
        { new PracticeContacts(null, null, null, "07700 900123", null), "p.casContactEmail" },
        { new PracticeContacts(null, null, null, null, "manager@"), "p.practiceManagerEmail" },
    };

    [Theory]
    [MemberData(nameof(BadContacts))]
    public void Contact_details_are_checked(PracticeContacts contacts, string field)
    {
        var validator = new Validator();
        new PracticeDetails("Riverside", "QHM", null, contacts).Validated(validator, "p");
        Assert.Equal(field, Assert.Single(validator.Violations).Field);
    }

    [Fact]
    public void Details_are_cleaned_and_codes_upper_cased()
    {
        var details = new PracticeDetails(" Riverside ", "qhm", " u12345 ", new PracticeContacts(null, null, " CAS@Riverside.NHS.net ", "+44 7700 900123", null))
            .Validated(new Validator(), "p")!;
        Assert.Equal(("Riverside", "QHM", "U12345", "cas@riverside.nhs.net"), (details.Name, details.IcbCode, details.PcnCode, details.Contacts.CasContactEmail));
    }

    [Fact]
    public void A_batch_refuses_bad_rows_and_every_row_of_a_repeated_code()
    {
        var good = new PracticeDetails("Riverside", "QHM", null, PracticeContacts.None);
        var (valid, refused) = PracticeBatch.Check(
        [
            new PracticeRegistration("A81001", good),
            new PracticeRegistration("A81002", good with { IcbCode = "Q" }),
            new PracticeRegistration("a81003", good),
            new PracticeRegistration("A81003", good),
        ]);

        Assert.Equal([(1, "A81001")], valid.Select(v => (v.Row, v.OdsCode)));
        Assert.Equal([2, 3, 4], refused.Select(r => r.Row));
        Assert.Equal("practice.icbCode", refused[0].Violations.Single().Field);
        Assert.Contains("rows 3, 4", refused[1].Violations.Single().Rule);
    }

    [Fact]
    public void CSV_handles_quotes_escaped_quotes_and_blank_lines()
    {
        var rows = Grains.Practices.PracticeCsv.Parse("ods_code,name,icb_code\r\n\"A81001\",\"Smith, Jones & \"\"Partners\"\"\",QHM\n\n\nA81002,,QHM");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Smith, Jones & \"Partners\"", rows[0].Details.Name);
        Assert.Equal(("A81002", ""), (rows[1].OdsCode, rows[1].Details.Name));
    }

    private static bool Accepts(Func<Validator, string, string?, string?> match, string code)
    {
        var validator = new Validator();
        return match(validator, "code", code) is not null && validator.IsValid;
    }
}
