using GpSafetyHub.Errors;

namespace GpSafetyHub.Programmes;

/// <summary>What a programme deploys and who is clinically accountable for it.</summary>
[GenerateSerializer, Immutable, Alias("hub.Programmes.ProgrammeDetails")]
public sealed record ProgrammeDetails(
    [property: Id(0)] string Name,
    [property: Id(1)] string Product,
    [property: Id(2)] string Supplier,
    [property: Id(3)] string SupplierSafetyCaseReference,
    [property: Id(4)] string CsoFunction,
    [property: Id(5)] string ResponsibleCso,
    [property: Id(6)] DateOnly ReviewDate)
{
    public const int MaxNameLength = 200;
    public const int MaxReferenceLength = 200;

    /// <summary>The CSO function's mailbox: where review reminders for the log and its hazards go. Optional.</summary>
    [Id(7)]
    public string? CsoEmail { get; init; }

    public ProgrammeDetails Cleaned() => this with
    {
        CsoEmail = Text.Clean(CsoEmail)?.ToLowerInvariant(),
        Name = Text.Clean(Name)!,
        Product = Text.Clean(Product)!,
        Supplier = Text.Clean(Supplier)!,
        SupplierSafetyCaseReference = Text.Clean(SupplierSafetyCaseReference)!,
        CsoFunction = Text.Clean(CsoFunction)!,
        ResponsibleCso = Text.Clean(ResponsibleCso)!,
    };

    public void Validate(Validator validator, string prefix)
    {
        validator.Required($"{prefix}.name", Name, MaxNameLength);
        validator.Required($"{prefix}.product", Product, MaxNameLength);
        validator.Required($"{prefix}.supplier", Supplier, MaxNameLength);
        validator.Required($"{prefix}.supplierSafetyCaseReference", SupplierSafetyCaseReference, MaxReferenceLength);
        validator.Required($"{prefix}.csoFunction", CsoFunction, MaxNameLength);
        validator.Required($"{prefix}.responsibleCso", ResponsibleCso, MaxNameLength);
        Practices.ContactRules.Email(validator, $"{prefix}.csoEmail", CsoEmail);
    }
}
