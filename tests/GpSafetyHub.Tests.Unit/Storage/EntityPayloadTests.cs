using Azure.Data.Tables;
using GpSafetyHub.Errors;
using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Tests.Unit.Storage;

public sealed class EntityPayloadTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(64 * 1024, 1)]
    [InlineData(64 * 1024 + 1, 2)]
    [InlineData(200 * 1024, 4)]
    [InlineData(EntityPayload.MaxBytes, EntityPayload.MaxProperties)]
    public void Payloads_split_into_properties_of_at_most_64_KiB(int size, int parts)
    {
        var payload = Random(size);
        var entity = new TableEntity("p", "r");
        EntityPayload.Write(entity, payload, "test");

        var binary = entity.Where(p => p.Value is byte[]).Select(p => (byte[])p.Value).ToArray();
        Assert.Equal(parts, binary.Length);
        Assert.All(binary, b => Assert.InRange(b.Length, 1, EntityPayload.MaxPropertyBytes));
        Assert.Equal(payload, EntityPayload.Read(entity));
    }

    [Fact]
    public void A_payload_over_the_limit_is_refused_before_anything_is_set()
    {
        var entity = new TableEntity("p", "r");
        var error = Assert.Throws<StorageLimitExceededException>(() => EntityPayload.Write(entity, Random(EntityPayload.MaxBytes + 1), "The hazard log"));
        Assert.Contains("The hazard log would take", error.Detail);
        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal(2, entity.Count); // PartitionKey and RowKey only
    }

    [Fact]
    public void A_missing_part_is_reported_not_silently_truncated()
    {
        var entity = new TableEntity("p", "r");
        EntityPayload.Write(entity, Random(100 * 1024), "test");
        entity.Remove("P01");
        Assert.Throws<InvalidDataException>(() => EntityPayload.Read(entity));
    }

    private static byte[] Random(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }
}
