using GpSafetyHub.History;

namespace GpSafetyHub.Practices;

/// <summary>Carries out ICB mergers (stateless): each practice of the merging ICBs moves itself, so the change is in its own history.</summary>
public interface IIcbMergersGrain : IGrainWithIntegerKey
{
    /// <summary>Moves every practice of the merger's ICBs into its new ICB. Repeating it changes nothing.</summary>
    [ResponseTimeout("00:10:00")]
    Task<IcbMergerReport> Merge(IcbMerger merger, string reason, Actor actor);
}
