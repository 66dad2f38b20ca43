using System.Globalization;

namespace GpSafetyHub.Errors;

/// <summary>
/// Which characters free text may hold. Control characters (C0, DEL, C1) hide in records and break
/// exports and e-mails; bidirectional embeddings, overrides and isolates make text read differently
/// from what it says (a name that displays reversed, a "Trojan Source" line). Long text keeps tabs
/// and line breaks.
/// </summary>
public static class TextCharacters
{
    /// <summary>The index of the first character text may not hold, or null when every one is allowed.</summary>
    public static int? FirstRefused(string value, bool multiline)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (IsRefused(value[i], multiline)) return i;
            // Half of a surrogate pair is not a character at all: no document (XML) can carry it.
            if (char.IsHighSurrogate(value[i]) && (i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1]))) return i;
            if (char.IsLowSurrogate(value[i]) && (i == 0 || !char.IsHighSurrogate(value[i - 1]))) return i;
        }

        return null;
    }

    /// <summary>The rule broken, in the words a caller acts on: which character, where.</summary>
    public static string Rule(string value, int at, bool multiline)
    {
        var code = ((int)value[at]).ToString("X4", CultureInfo.InvariantCulture);
        var allowed = multiline ? " (tabs and line breaks are allowed)" : "";
        return IsBidiControl(value[at])
            ? $"must not contain text-direction control characters (found U+{code} at character {at + 1}){allowed}"
            : $"must not contain control characters (found U+{code} at character {at + 1}){allowed}";
    }

    private static bool IsRefused(char c, bool multiline) =>
        !(multiline && c is '\t' or '\n' or '\r') && (char.IsControl(c) || IsBidiControl(c) || c is '\uFFFE' or '\uFFFF');

    // Embeddings and overrides U+202A..U+202E, isolates U+2066..U+2069.
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
