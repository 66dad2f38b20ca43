using GpSafetyHub.Bench;

// Storage measurements of GP Safety Hub against a real Azurite; results go to docs/.
// Usage: dotnet run -c Release --project bench/GpSafetyHub.Bench -- localisation-bytes [practices] [hazards]
//        dotnet run -c Release --project bench/GpSafetyHub.Bench -- coverage-latency [practices] [programmes]
return args.FirstOrDefault() switch
{
    "localisation-bytes" => await LocalisationBytes.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60),
    "coverage-latency" => await CoverageLatency.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 250,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: GpSafetyHub.Bench localisation-bytes [practices=1000] [hazards=60] | coverage-latency [practices=250] [programmes=30]");
    return 2;
}
