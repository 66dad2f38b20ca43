using GpSafetyHub.Bench;

// Storage measurements of GP Safety Hub against a real Azurite; results go to docs/.
// Usage: dotnet run -c Release --project bench/GpSafetyHub.Bench -- localisation-bytes [practices] [hazards]
//        dotnet run -c Release --project bench/GpSafetyHub.Bench -- coverage-latency [practices] [programmes]
//        dotnet run -c Release --project bench/GpSafetyHub.Bench -- reminder-throughput [localisations] [alerts] [mails]
//        dotnet run -c Release --project bench/GpSafetyHub.Bench -- journal-write [hazards] [writes]
//        dotnet run -c Release --project bench/GpSafetyHub.Bench -- document-export [hazards] [practices]
//        bench/http-throughput.sh [practices] [programmes] [runs] [seconds]   (the hub's reads against Kestrel replaying its bytes)
//        bench/england-scale.sh [practices] [localisations] [clients]        (the full England estate through the hub)
return args.FirstOrDefault() switch
{
    "localisation-bytes" => await LocalisationBytes.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60),
    "coverage-latency" => await CoverageLatency.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 250,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30),
    "reminder-throughput" => await ReminderThroughput.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1_000),
    "journal-write" => await JournalWrites.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300),
    "document-export" => await DocumentExports.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 400),
    "http-throughput" => await HttpThroughput.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3,
        args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 5),
    "england-scale" => await EnglandScale.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 6_300,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 16),
    // The baseline server http-throughput starts in a process of its own.
    "serve-bytes" => await GpSafetyHub.Bench.Http.BytesServer.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: GpSafetyHub.Bench localisation-bytes [practices=1000] [hazards=60] | coverage-latency [practices=250] [programmes=30] | reminder-throughput [localisations=20000] [alerts=200] [mails=1000] | journal-write [hazards=60] [writes=300] | document-export [hazards=200] [practices=400] | http-throughput [practices=400] [programmes=30] [runs=3] [seconds=5] | england-scale [practices=6300] [localisations=20000] [clients=16]");
    return 2;
}
