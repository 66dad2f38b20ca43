namespace GpSafetyHub.Tests.EndToEnd.Cluster;

/// <summary>
/// The cluster tests run on their own, after the rest: three silo processes under a stream of writes
/// fill both cores, which would slow other tests' browsers and in-process hubs past their timeouts,
/// and other tests' load would stretch the takeover times these tests report.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<ClusterServicesFixture>
{
    public const string Name = "cluster of silo processes";
}
