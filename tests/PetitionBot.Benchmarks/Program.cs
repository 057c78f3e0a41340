using PetitionBot.Benchmarks.Language;
using PetitionBot.Benchmarks.Load;
using PetitionBot.Benchmarks.Turns;

// dotnet run -c Release --project tests/PetitionBot.Benchmarks -- <suite> [options]
//   load        turns/s and latency through POST /api/messages (memory and Redis state)
//   language    recognizer throughput
//   pipeline    turns/s through the turn pipeline in-process (no HTTP)
//   directline  messages/s through Direct Line polling and stream with 1,000 open conversations
//   regulations answer latency, five documents and synthetic corpora up to 10,000 clauses
//   reminders   one scheduling pass over 1,000,000 open cases in PostgreSQL (--cases N --subscribers M)
//   capacity    CPU per turn, Redis bytes per conversation, PostgreSQL bytes per case, for sizing [conversations]
//   statistics  chart rendering, and statistics replies over 1,000,000 cases in PostgreSQL (--cases N; 0: charts only)
var suite = args.FirstOrDefault() ?? "load";
var rest = args.Skip(1).ToArray();
return suite switch
{
    "load" => await LoadBenchmark.RunAsync(rest),
    "language" => await RecognizerThroughput.RunAsync(rest),
    "pipeline" => await PipelineThroughput.RunAsync(rest),
    "directline" => await PetitionBot.Benchmarks.DirectLine.DirectLineBenchmark.RunAsync(rest),
    "regulations" => await PetitionBot.Benchmarks.Regulations.RegulationAnswerLatency.RunAsync(rest),
    "reminders" => await PetitionBot.Benchmarks.Reminders.ReminderPassBenchmark.RunAsync(rest),
    "capacity" => await PetitionBot.Benchmarks.Capacity.CapacityBenchmark.RunAsync(rest),
    "statistics" => await PetitionBot.Benchmarks.Statistics.StatisticsBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Suites: load, language, pipeline, directline, regulations, reminders, capacity, statistics");
    return 2;
}
