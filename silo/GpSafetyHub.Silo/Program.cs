using GpSafetyHub.GraphQL;
using GpSafetyHub.Silo;
using GpSafetyHub.Silo.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubSilo();
builder.Services.AddHubGraphQL();
builder.Services.AddHubHealthChecks();

var app = builder.Build();
app.UseHubInternalErrors();
app.MapHubGraphQL();
app.MapHubHealth();
app.Run();

/// <summary>The hub's entry point; public so end-to-end tests can host it.</summary>
public partial class Program;
