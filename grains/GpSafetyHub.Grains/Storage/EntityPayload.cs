using Azure.Data.Tables;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Grains.Storage;

/// <summary>
/// Stores a byte payload in one table entity, split across binary properties of at most 64 KiB
/// (Azure's limit for one property). The whole entity must stay under 1 MiB as Azure counts it,
/// and Azurite counts the base64 text of binary properties, so payloads are capped well below
/// that and refused before anything is sent.
/// </summary>
public static class EntityPayload
{
    public const int MaxPropertyBytes = 64 * 1024;
    public const int MaxProperties = 10;
    public const int MaxBytes = MaxPropertyBytes * MaxProperties;
    private const string LengthProperty = "PayloadLength";
    private const string PartPrefix = "P";

    public static void Write(TableEntity entity, ReadOnlyMemory<byte> payload, string description)
    {
        if (payload.Length > MaxBytes)
            throw new StorageLimitExceededException(
                $"{description} would take {payload.Length / 1024} KiB, more than the {MaxBytes / 1024} KiB one stored record may hold; nothing was saved.");
        entity[LengthProperty] = payload.Length;
        for (var offset = 0; offset < payload.Length; offset += MaxPropertyBytes)
        {
            var part = payload.Slice(offset, Math.Min(MaxPropertyBytes, payload.Length - offset));
            entity[PartName(offset / MaxPropertyBytes)] = part.ToArray();
        }
    }

    public static byte[] Read(TableEntity entity)
    {
        var length = entity.GetInt32(LengthProperty)
            ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} has no {LengthProperty}.");
        var payload = new byte[length];
        for (var offset = 0; offset < length; offset += MaxPropertyBytes)
        {
            var part = entity.GetBinary(PartName(offset / MaxPropertyBytes))
                ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} is missing part {offset / MaxPropertyBytes}.");
            part.CopyTo(payload, offset);
        }

        return payload;
    }

    private static string PartName(int index) => $"{PartPrefix}{index:D2}";
}
