using System.Text.RegularExpressions;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>
/// Every form a page shows that posts carries its antiforgery token, so that a browser's submission is not refused. (A form
/// with a hand-written action gets no token from the form tag helper unless it asks for one.)
/// </summary>
public sealed partial class TokensInEveryForm(AppFactory app) : IClassFixture<AppFactory>
{
    [GeneratedRegex("""<form\b[^>]*\bmethod="post"[^>]*>.*?</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [Fact]
    public async Task Every_posting_form_on_every_page_carries_an_antiforgery_token()
    {
        var pages = EndpointCatalog.Discover(app).Where(e => e.Method == "GET" && e.Action is not null).ToList();
        var wrong = new List<string>();
        var forms = 0;
        foreach (var who in Visitors.All)
        {
            var session = await Session.StartAsync(app, who);
            foreach (var page in pages.Where(p => AccessTable.Expectations[p.Key].Allows(who)))
            {
                var response = await session.GetAsync(page.SamplePath());
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                    continue;
                foreach (Match form in PostForm().Matches(await response.Content.ReadAsStringAsync()))
                {
                    forms++;
                    if (!form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal))
                        wrong.Add($"{page.SamplePath()} as {who}: {form.Value[..Math.Min(160, form.Value.Length)]}");
                }
            }
        }
        Assert.True(forms > 50, $"Only {forms} forms were seen");
        Assert.True(wrong.Count == 0, "Forms without an antiforgery token:\n" + string.Join("\n", wrong.Distinct()));
    }
}
