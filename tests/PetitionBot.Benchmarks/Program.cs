using PetitionBot.Benchmarks.Language;
using PetitionBot.Benchmarks.Load;
using PetitionBot.Benchmarks.Turns;

// dotnet run -c Release --project tests/PetitionBot.Benchmarks -- <suite> [options]
//   load        turns/s and latency through POST /api/messages (memory and Redis state)
//   language    recognizer throughput
//   pipeline    turns/s through the turn pipeline in-process (no HTTP)
var suite = args.FirstOrDefault() ?? "load";
var rest = args.Skip(1).ToArray();
return suite switch
{
    "load" => await LoadBenchmark.RunAsync(rest),
    "language" => await RecognizerThroughput.RunAsync(rest),
    "pipeline" => await PipelineThroughput.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Suites: load, language, pipeline");
    return 2;
}
