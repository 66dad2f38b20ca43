using GpSafetyHub.Errors;
using GraphQL;

namespace GpSafetyHub.GraphQL.Errors;

/// <summary>A refusal from the hub as a GraphQL error: its code, the field at fault and, for validation, every broken rule.</summary>
public sealed class HubExecutionError : ExecutionError
{
    public HubExecutionError(HubException refusal)
        : base(refusal.Detail)
    {
        Code = refusal.Code;
        Field = refusal.Field;
        Violations = refusal is ValidationFailedException v ? v.Violations : [];
    }

    public string? Field { get; }

    public IReadOnlyList<FieldViolation> Violations { get; }
}
