using CoachingAcademy.Benchmarks;

// Console harnesses, not tests. Usage:
//   dotnet run -c Release --project benchmarks/CoachingAcademy.Benchmarks -- suggest [runs]
//   dotnet run -c Release --project benchmarks/CoachingAcademy.Benchmarks -- reminders [runs]
var mode = args.Length > 0 ? args[0] : "suggest";
var runs = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 5;
if (mode == "reminders")
    await ReminderScanBenchmark.RunAsync(runs);
else
    SuggestionBenchmark.Run(runs);
