using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>
/// Every form the endpoints expose is sent at least 1,000 generated malformed values (FsCheck), with a valid antiforgery
/// token: no 5xx, every refusal says why (an error page with words or a re-shown form with a validation message), and a
/// refused submission leaves the database exactly as it was. Each request carries every field of the form and forty
/// to sixty more malformed ones, so a form takes about twenty requests, all on one app. Every page's query string gets
/// 400 or more the same way.
/// </summary>
public sealed class HostileInputToEveryForm(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int MalformedValuesPerForm = 1_000;
    /// <summary>As many as the fifty queries of six to ten extra fields a page once had, in fewer, fuller queries.</summary>
    private const int MalformedValuesPerPage = 400;

    [Fact]
    public async Task Malformed_values_get_no_5xx_a_reason_for_every_refusal_and_nothing_half_saved()
    {
        // An app of its own: a thousand test messages and failed sign-ins are no other test's business.
        await using var app = new AppFactory();
        var forms = EndpointCatalog.Discover(app).Where(e => e.IsUnsafe && e.Method != "ANY" && e.Action is not null).ToList();
        Assert.NotEmpty(forms);
        var (requests, values) = (0, 0);

        foreach (var form in forms)
        {
            var fields = FieldsOf(app, form);
            var session = await Session.StartAsync(app, AccessTable.Expectations[form.Key].Allowed.First());
            // The state a refused submission must leave as it was; taken again only after a submission that may have saved.
            DatabaseFingerprint? unchanged = null;
            values += SendAtLeast(MalformedValuesPerForm, form.Key, HostileValues.SubmissionFor(fields), HostileValues.ExpectedPerSubmission(fields.Count),
                submission =>
                {
                    requests++;
                    var known = unchanged;
                    unchanged = null;
                    unchanged = Task.Run(() => SubmitAsync(app, session, form, submission, known)).GetAwaiter().GetResult();
                });
        }
        // Every response was checked above: a 5xx fails the gate at once, so reaching here means none.
        output.WriteLine($"{forms.Count} forms, {requests} requests, {values} malformed values, 0 answered 5xx");
    }

    [Fact]
    public async Task Malformed_query_strings_on_every_page_get_no_5xx()
    {
        await using var app = new AppFactory();
        var pages = EndpointCatalog.Discover(app).Where(e => e.Method == "GET" && e.Action is not null).ToList();
        Assert.NotEmpty(pages);

        // A GET changes nothing, so one signed-in session per visitor serves every page.
        var sessions = new SessionsByVisitor(app);
        var (requests, values) = (0, 0);
        foreach (var page in pages)
        {
            var session = await sessions.OfAsync(AccessTable.Expectations[page.Key].Allowed.First());
            var fields = FieldsOf(app, page);
            values += SendAtLeast(MalformedValuesPerPage, page.Key, HostileValues.SubmissionFor(fields, fewestExtras: 25, mostExtras: 35, inUrl: true),
                HostileValues.ExpectedPerSubmission(fields.Count, 25, 35),
                query =>
                {
                    requests++;
                    var response = Task.Run(() => session.GetAsync(page.SamplePath() + "?" + query.Body)).GetAwaiter().GetResult();
                    Assert.True((int)response.StatusCode < 500, $"{page.Key}?{query} answered {(int)response.StatusCode}");
                });
        }
        output.WriteLine($"{pages.Count} pages, {requests} requests, {values} malformed values, 0 answered 5xx");
    }

    /// <summary>
    /// Sends generated submissions until at least <paramref name="minimum"/> malformed values went out: sized for them
    /// from the expected count per submission, then topped up should the generator have drawn fewer. Answers the count.
    /// </summary>
    private static int SendAtLeast(int minimum, string name, Gen<Submission> submissions, double expectedPerSubmission, Action<Submission> send)
    {
        var thrown = 0;
        var property = Prop.ForAll(Arb.From(submissions), (Submission submission) =>
        {
            thrown += submission.HostileValues;
            send(submission);
        });
        var tests = (int)Math.Ceiling(minimum / expectedPerSubmission) + 5;
        for (var round = 0; thrown < minimum && round < 5; round++, tests = 20)
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests).WithName(name), property);

        Assert.True(thrown >= minimum, $"{name} was sent only {thrown} malformed values");
        return thrown;
    }

    /// <summary>Sends one submission; answers the database's fingerprint when it is known to be unchanged, else null.</summary>
    private static async Task<DatabaseFingerprint?> SubmitAsync(AppFactory app, Session session, AppEndpoint form, Submission submission,
        DatabaseFingerprint? unchanged)
    {
        var before = unchanged ?? await DatabaseFingerprint.TakeAsync(app);

        var response = await session.PostEncodedAsync(form.SamplePath(), submission.Body, method: form.WriteMethod);

        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{form.Key} answered {status}:\n{Excerpt(html)}");
        if (status is >= 300 and < 400)
            return null;
        Assert.True(status >= 400 ? PageText.SaysWhy(html) : PageText.HasValidationMessage(html),
            $"{form.Key} refused with {status} without saying why:\n{Excerpt(html)}");
        var after = await DatabaseFingerprint.TakeAsync(app);
        var changed = after.ChangedSince(before);
        Assert.True(changed.Count == 0, $"{form.Key} refused with {status} but changed {string.Join(", ", changed)}");
        return after;
    }

    /// <summary>The fields a form binds, from the action's parameters and the model metadata of their types.</summary>
    private static List<(string Name, Type Type)> FieldsOf(AppFactory app, AppEndpoint form)
    {
        var metadata = app.Services.GetRequiredService<IModelMetadataProvider>();
        var route = form.RouteParameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fields = new List<(string, Type)>();
        foreach (var parameter in form.Action!.Parameters.Where(p => p.BindingInfo?.BindingSource?.IsFromRequest != false && !route.Contains(p.Name)))
            Collect(metadata.GetMetadataForType(parameter.ParameterType), parameter.BindingInfo?.BinderModelName ?? "", parameter.Name, fields, depth: 0);
        return fields;
    }

    private static void Collect(ModelMetadata model, string prefix, string name, List<(string, Type)> fields, int depth)
    {
        if (!model.IsComplexType || depth > 2)
        {
            fields.Add((model.IsEnumerableType && model.ModelType != typeof(string) ? $"{name}[0]" : name, model.ElementType ?? model.ModelType));
            return;
        }
        foreach (var property in model.Properties.Where(p => p.IsBindingAllowed && !p.IsReadOnly))
            Collect(property, "", prefix.Length == 0 ? property.PropertyName! : $"{prefix}.{property.PropertyName}", fields, depth + 1);
    }

    private static string Excerpt(string html) => html.Length > 1_500 ? html[..1_500] : html;
}
