using System.Text;

namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Makes any string safe as a PartitionKey or RowKey. Azure forbids <c>/ \ # ?</c> and control
/// characters in keys (Azurite answers 500 for '/', 400 for '#'), and grain ids such as
/// <c>programme/A81001</c> contain them. Percent-encoding keeps keys readable and ordered.
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? escaped = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (NeedsEscape(c))
            {
                escaped ??= new StringBuilder(value, 0, i, value.Length + 8);
                escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else escaped?.Append(c);
        }

        return escaped?.ToString() ?? value;
    }

    public static string Unescape(string key) => Uri.UnescapeDataString(key);

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
