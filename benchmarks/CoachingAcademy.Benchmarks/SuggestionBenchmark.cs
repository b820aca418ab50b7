using System.Diagnostics;
using CoachingAcademy.Core.Matching.Suggestions;

namespace CoachingAcademy.Benchmarks;

/// <summary>Times "Suggest matches" on generated programs.</summary>
public static class SuggestionBenchmark
{
    public static void Run(int runs)
    {
        (string Name, int Participants, int Coaches, int Agencies, bool CrossAgency)[] cases =
        [
            ("200 x 50, one agency", 200, 50, 1, false),
            ("2,000 x 500, one agency", 2000, 500, 1, false),
            ("2,000 x 500, ten agencies", 2000, 500, 10, false),
            ("2,000 x 500, ten agencies, cross-agency", 2000, 500, 10, true),
        ];
        Console.WriteLine($"Suggest matches, {runs} runs each, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("| case | median ms | min ms | max ms | suggested | unmatched |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, participants, coaches, agencies, cross) in cases)
        {
            var context = SyntheticProgram.Build(participants, coaches, agencies, cross);
            var ids = context.Participants.Keys.ToList();
            var requested = new Dictionary<int, int>();
            MatchSuggester.Suggest(context, ids, requested); // warm-up
            var times = new List<double>();
            SuggestionResult result = null!;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                result = MatchSuggester.Suggest(context, ids, requested);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"| {name} | {times[times.Count / 2]:F0} | {times[0]:F0} | {times[^1]:F0} | {result.Suggestions.Count} | {result.Unmatched.Count} |");
        }
    }
}
