using GpSafetyHub.GraphQL;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Jobs;
using GpSafetyHub.Silo;
using GpSafetyHub.Silo.Dashboard;
using GpSafetyHub.Silo.Health;
using GpSafetyHub.Silo.Telemetry;
using GpSafetyHub.Web;

var builder = WebApplication.CreateBuilder(args);
if (args.FirstOrDefault() == "mint-token") return DevTokenCommand.Run(args[1..], builder.Configuration, builder.Environment);

builder.AddHubSilo().WithoutServerHeader();
builder.AddHubTelemetry();
builder.Services.AddHubGraphQL();
builder.Services.AddHubAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddHubWeb(builder.Configuration, builder.Environment);
builder.Services.AddHubHealthChecks();
builder.Services.AddHubJobs(builder.Configuration);
// Where plain HTTP is sent in Production (the HTTPS port the hub, or its proxy, listens on).
builder.Services.AddHttpsRedirection(https => https.HttpsPort = builder.Configuration.GetValue("Https:Port", 443));

var app = builder.Build();
app.UseHubInternalErrors();
app.UseHubSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    // Production is served over HTTPS only; browsers are told to keep to it.
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapHubGraphQL();
app.MapHubHealth();
app.MapHubTelemetry();
app.MapHubDashboard();
app.MapHubWeb();

app.Run();

return 0;

/// <summary>The hub's entry point; public so end-to-end tests can host it.</summary>
public partial class Program;
