namespace GpSafetyHub.Documents.Spreadsheets;

/// <summary>One cell of a generated sheet: text (never a formula), a number or a date, optionally as a heading.</summary>
public sealed record SheetCell(string? Text, double? Number = null, DateOnly? Date = null, bool Heading = false)
{
    public static SheetCell Empty { get; } = new((string?)null);

    public static SheetCell Of(string? text) => new(text);

    public static SheetCell Of(int number) => new(null, number);

    public static SheetCell Of(DateOnly? date) => new(null, Date: date);

    public static SheetCell Head(string text) => new(text, Heading: true);

    public static implicit operator SheetCell(string? text) => new(text);
}
