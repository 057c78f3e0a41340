using PetitionBot.Benchmarks.Load;

// Usage: dotnet run -c Release --project tests/PetitionBot.Benchmarks -- [load] [--conversations N] [--messages M] [--state memory|redis|both]
return await LoadBenchmark.RunAsync(args);
