using PetitionBot.Benchmarks.Language;
using PetitionBot.Benchmarks.Load;

// dotnet run -c Release --project tests/PetitionBot.Benchmarks -- <suite> [options]
//   load        turns/s and latency through POST /api/messages (memory and Redis state)
//   language    recognizer throughput
var suite = args.FirstOrDefault() ?? "load";
var rest = args.Skip(1).ToArray();
return suite switch
{
    "load" => await LoadBenchmark.RunAsync(rest),
    "language" => await RecognizerThroughput.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Suites: load, language");
    return 2;
}
