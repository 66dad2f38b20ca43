using Azure.Data.Tables;

namespace GpSafetyHub.Grains.Storage;

/// <summary>Rows of one partition in groups Azure accepts as one entity-group transaction: at most 100 rows and well under its 4 MiB body.</summary>
public static class EntityGroups
{
    public const int MaxRows = 100;
    private const long MaxBytes = 3 * 1024 * 1024;

    public static IEnumerable<TableEntity[]> Of(IEnumerable<TableEntity> entities)
    {
        var group = new List<TableEntity>();
        var bytes = 0L;
        foreach (var entity in entities)
        {
            // Binary payloads travel base64-encoded; other properties are small.
            var size = entity.Sum(p => p.Value is byte[] b ? b.Length * 4L / 3 : 64);
            if (group.Count == MaxRows || (group.Count > 0 && bytes + size > MaxBytes))
            {
                yield return group.ToArray();
                (group, bytes) = ([], 0);
            }

            group.Add(entity);
            bytes += size;
        }

        if (group.Count > 0) yield return group.ToArray();
    }
}
