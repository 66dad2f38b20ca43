using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GpSafetyHub.Grains.Journals;

/// <summary>
/// How journal rows encode their content: JSON (readable for years, tolerant of added fields, enums
/// by name) compressed with gzip, since hazard logs are mostly prose and compress several times over.
/// What is stored of each type, and the names of changes, are <see cref="JournalFormat"/>'s rules.
/// </summary>
internal static class JournalCodec
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { JournalFormat.Apply } },
    };

    public static byte[] Encode<T>(T value)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            JsonSerializer.Serialize(gzip, value, Json);
        return buffer.ToArray();
    }

    public static T Decode<T>(byte[] payload)
    {
        using var gzip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(gzip, Json)
            ?? throw new InvalidDataException($"A stored {typeof(T).Name} decoded to null.");
    }
}
