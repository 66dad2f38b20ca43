using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Counts the grain calls the silo receives, by interface and method (e.g. <c>IIcbEstateGrain.Coverage</c>).</summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public void AddTo(IServiceCollection services) => services.AddSingleton<IIncomingGrainCallFilter>(this);

    public int this[string method] => _calls.GetValueOrDefault(method);

    public void Reset() => _calls.Clear();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        _calls.AddOrUpdate($"{context.InterfaceMethod.DeclaringType?.Name}.{context.InterfaceMethod.Name}", 1, (_, n) => n + 1);
        await context.Invoke();
    }
}
