using Microsoft.Extensions.Options;

namespace GpSafetyHub.Grains.Storage;

/// <summary>Refuses to start the host with storage options that cannot work, saying which setting is wrong.</summary>
internal sealed class HubStorageOptionsValidator : IValidateOptions<HubStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, HubStorageOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
