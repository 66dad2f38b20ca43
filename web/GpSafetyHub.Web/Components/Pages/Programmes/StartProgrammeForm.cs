using GpSafetyHub.Programmes;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Programmes;

/// <summary>A new programme's details as typed, starting from another programme's version.</summary>
public sealed class StartProgrammeForm
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Product { get; set; }

    public string? Supplier { get; set; }

    public string? SupplierSafetyCaseReference { get; set; }

    public string? CsoFunction { get; set; }

    public string? ResponsibleCso { get; set; }

    public string? ReviewDay { get; set; }

    public string? ReviewMonth { get; set; }

    public string? ReviewYear { get; set; }

    public DateParts Review => new(ReviewDay, ReviewMonth, ReviewYear);

    /// <summary>The software and its supplier carry over; who is accountable and when it is reviewed are the new programme's own.</summary>
    public static StartProgrammeForm From(ProgrammeDetails source, string? csoFunction, string responsibleCso) => new()
    {
        Product = source.Product, Supplier = source.Supplier, SupplierSafetyCaseReference = source.SupplierSafetyCaseReference,
        CsoFunction = csoFunction, ResponsibleCso = responsibleCso,
    };

    public IReadOnlyList<FormError> Missing() =>
        Review.Date is null ? [new FormError("review", Review.IsEmpty ? "Enter the date the new programme's hazard log is next reviewed" : "The review date must be a real date")] : [];

    public ProgrammeDetails Details() => new(Name ?? "", Product ?? "", Supplier ?? "", SupplierSafetyCaseReference ?? "", CsoFunction ?? "", ResponsibleCso ?? "", Review.Date!.Value);

    public static readonly (string, string, string)[] Inputs =
    [
        ("input.id", "id", "The programme code"),
        ("input.name", "name", "The name"),
        ("input.product", "product", "The product"),
        ("input.supplier", "supplier", "The supplier"),
        ("input.supplierSafetyCaseReference", "safety-case", "The supplier's safety case reference"),
        ("input.csoFunction", "function", "The CSO function"),
        ("input.responsibleCso", "responsible", "The responsible CSO"),
        ("input.reviewDate", "review", "The review date"),
    ];
}
