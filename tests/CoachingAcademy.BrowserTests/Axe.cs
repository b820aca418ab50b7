using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// axe-core (the copy Deque's package ships) run in the page itself. The package's own <c>RunAxe</c> costs about two
/// seconds a page on two cores, almost all of it outside axe (which takes about 150 ms here): this loads the script once
/// per page and returns only the violations that block.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons any more.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private const string Run = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return JSON.stringify(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`));
        }
        """;

    /// <summary>
    /// Loads axe into every page <paramref name="context"/> opens from now on, as the page starts: a context that
    /// checks page after page compiles the script once instead of once per page.
    /// </summary>
    public static Task OnEveryPageAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    /// <summary>The page's serious and critical violations, each as "impact rule (help) at selectors".</summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value);
        return JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>(Run))!;
    }
}
