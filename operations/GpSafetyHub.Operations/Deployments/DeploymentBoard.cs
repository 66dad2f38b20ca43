using GpSafetyHub.Deployments;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Operations.Deployments;

/// <summary>
/// Deployments on one board: an ICB's (or a programme's), the cards kept by the filters, and the KPI
/// figures over every deployment of the programme filter (the turn filter picks cards, not figures).
/// </summary>
public sealed record DeploymentBoard(
    string Scope,
    IReadOnlyList<DeploymentView> Deployments,
    DeploymentFigures Figures,
    IReadOnlyList<ProgrammeListing> Programmes);
