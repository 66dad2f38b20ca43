using System.Text;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>
/// Splits CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF line
/// ends, line breaks inside quotes) into records of fields. Blank lines are skipped; a quoted field
/// never closed is refused (it would otherwise swallow every line after it).
/// </summary>
public static class CsvText
{
    public static IReadOnlyList<IReadOnlyList<string>> Records(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var (line, quoteOpenedOn) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') (quoted, quoteOpenedOn) = (true, line);
            else if (c == ',') EndField();
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
            }
            else field.Append(c);
        }

        if (quoted) throw new ValidationFailedException("csv", $"has a quoted field that opens on line {quoteOpenedOn} and is never closed: add the closing \"");
        EndRecord();
        return records;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Trim().Length > 0) records.Add(fields.ToArray());
            fields.Clear();
        }
    }
}
