using System.Text;

namespace GpSafetyHub.Practices;

/// <summary>
/// Splits CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF line
/// ends, line breaks inside quotes) into records of fields. Blank lines are skipped.
/// </summary>
public static class CsvText
{
    public static IReadOnlyList<IReadOnlyList<string>> Records(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndField();
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
            }
            else field.Append(c);
        }

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
