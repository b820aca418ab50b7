using System.Net;
using System.Text;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Resources;

/// <summary>
/// A cohort's files and links: directors add and remove them; a file is served only to a director or to someone enrolled in
/// its cohort for its audience; a file too big, of a type off the list or disguised as another is refused with words and
/// leaves no row and no file; each role sees its own on the home page.
/// </summary>
public sealed class KeepingResourcesForTheirAudience(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Academy = 1, Network = 4;
    private const string OtherCohortsCoach = DemoUsers.VolunteerCoach;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% a tiny test document\n%%EOF\n");

    private static async Task<HttpResponseMessage> AddAsync(HttpClient director, int cohortId, string title, string audience,
        string? url = null, (string Name, byte[] Content)? file = null, string? description = null)
    {
        var token = await director.AntiforgeryTokenAsync($"/Cohorts/{cohortId}/Resources");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Title" },
            { new StringContent(audience), "Audience" },
            { new StringContent(url ?? ""), "Url" },
            { new StringContent(description ?? ""), "Description" },
        };
        if (file is { } f)
            content.Add(new ByteArrayContent(f.Content), "File", f.Name);
        return await director.PostAsync($"/Cohorts/{cohortId}/Resources", content);
    }

    private Task<Resource?> ResourceAsync(string title) =>
        app.QueryAsync(db => db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Title == title));

    private string[] StoredFiles() => Directory.Exists(app.ResourcesDirectory) ? Directory.GetFiles(app.ResourcesDirectory) : [];

    private async Task<int> AddFileAsync(string title, string audience, byte[] content, string name = "handout.pdf", int cohortId = Academy)
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var response = await AddAsync(director, cohortId, title, audience, file: (name, content));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await ResourceAsync(title))!.Id;
    }

    [Fact]
    public async Task A_director_adds_a_link_and_a_file_stored_under_a_generated_name()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var link = await AddAsync(director, Academy, "The academy's reading list", "Everyone", url: "https://www.example.org/reading-list",
            description: "Books the coaches recommend");
        var file = await AddAsync(director, Academy, "Session planner", "Participants", file: ("session planner.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
        var page = WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{Academy}/Resources"));
        Assert.Contains("href=\"https://www.example.org/reading-list\"", page);
        Assert.Contains("Books the coaches recommend", page);
        Assert.Contains("session planner.pdf", page);
        var saved = (await ResourceAsync("Session planner"))!;
        Assert.Equal(ResourceAudience.Participants, saved.Audience);
        Assert.Equal("application/pdf", saved.ContentType);
        Assert.Equal(Pdf.Length, saved.SizeBytes);
        Assert.DoesNotContain("planner", saved.StoredName);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(app.ResourcesDirectory, saved.StoredName!)));
        Assert.Equal("https://www.example.org/reading-list", (await ResourceAsync("The academy's reading list"))!.Url);
    }

    [Fact]
    public async Task A_second_submit_of_the_same_resource_lists_it_once()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        await AddAsync(director, Academy, "Twice clicked", "Everyone", url: "https://www.example.org/twice");
        var again = await AddAsync(director, Academy, "Twice clicked", "Everyone", url: "https://www.example.org/twice");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("was already added", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{Academy}/Resources")));
        Assert.Equal(1, await app.QueryAsync(db => db.Resources.CountAsync(r => r.Title == "Twice clicked")));
    }

    [Fact]
    public async Task A_coaches_file_is_downloaded_by_the_cohorts_coach_as_an_attachment_and_by_nobody_else()
    {
        var id = await AddFileAsync("Coaches only", "Coaches", Pdf, "coach notes.pdf");

        var coach = await (await app.LoginAsync(DemoUsers.Coach)).GetAsync($"/Resources/{id}");

        Assert.Equal(HttpStatusCode.OK, coach.StatusCode);
        Assert.Equal(Pdf, await coach.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", coach.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", coach.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("coach notes.pdf", coach.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(coach.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(DemoUsers.Director)).GetAsync($"/Resources/{id}")).StatusCode);

        // A participant of the same cohort, a coach of another cohort, a coordinator: no such resource.
        foreach (var other in new[] { DemoUsers.Participant, OtherCohortsCoach, DemoUsers.Coordinator })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(other)).GetAsync($"/Resources/{id}")).StatusCode);
        var anonymous = await app.CreateBrowserlessClient().GetAsync($"/Resources/{id}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_file_for_everyone_reaches_the_cohorts_participants_and_coaches_but_not_another_cohorts()
    {
        var id = await AddFileAsync("For the whole class", "Everyone", "Agenda\nWelcome, introductions\n"u8.ToArray(), "agenda.txt");

        foreach (var member in new[] { DemoUsers.Participant, DemoUsers.Coach })
        {
            var response = await (await app.LoginAsync(member)).GetAsync($"/Resources/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(DemoUsers.Player)).GetAsync($"/Resources/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_words_and_nothing_is_saved()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var tooBig = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(tooBig, 0);
        var files = StoredFiles();

        var response = await AddAsync(director, Academy, "A huge deck", "Coaches", file: ("huge.pdf", tooBig));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FieldMessages.Assert(await response.Content.ReadAsStringAsync(), "File", "The file is 10.1 MB; at most 10 MB can be added.");
        Assert.Null(await ResourceAsync("A huge deck"));
        Assert.Equal(files, StoredFiles());
    }

    [Theory]
    [InlineData("slides.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>", "The file's content is not a PDF document")]
    [InlineData("slides.pdf", "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000This program cannot be run in DOS mode.", "The file's content is not a PDF document")]
    [InlineData("photo.png", "GIF89a not a png", "The file's content is not a PNG image")]
    [InlineData("notes.txt", "<html><body onload=alert(1)>", "The file's content is not a text file")]
    [InlineData("setup.exe", "MZ\u0090\u0000", "Only PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG, JPEG, text (.txt) or CSV files can be added")]
    [InlineData("page.html", "<html></html>", "Only PDF")]
    public async Task A_file_off_the_list_or_disguised_as_another_type_is_refused_with_words_and_nothing_is_saved(string name, string content,
        string message)
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var files = StoredFiles();
        var title = "Disguised " + name;

        var response = await AddAsync(director, Academy, title, "Everyone", file: (name, Encoding.Latin1.GetBytes(content)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FieldMessages.Assert(await response.Content.ReadAsStringAsync(), "File", message);
        Assert.Null(await ResourceAsync(title));
        Assert.Equal(files, StoredFiles());
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example.org/slides.pdf")]
    [InlineData("/Resources/1")]
    public async Task A_link_that_is_not_http_or_https_is_refused_with_words(string url)
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var response = await AddAsync(director, Academy, "Not a web link", "Everyone", url: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FieldMessages.Assert(await response.Content.ReadAsStringAsync(), "Url", "Enter a web address that starts with http:// or https://.");
        Assert.Null(await ResourceAsync("Not a web link"));
    }

    [Fact]
    public async Task Neither_a_link_nor_a_file_is_refused_with_words()
    {
        var response = await AddAsync(await app.LoginAsync(DemoUsers.Director), Academy, "Nothing attached", "Everyone");

        FieldMessages.Assert(await response.Content.ReadAsStringAsync(), "File", "Give a link or choose a file.");
        Assert.Null(await ResourceAsync("Nothing attached"));
    }

    [Fact]
    public async Task Removing_a_file_deletes_it_from_the_folder_and_a_second_remove_says_it_is_gone()
    {
        var id = await AddFileAsync("To be removed", "Coaches", Pdf);
        var stored = Path.Combine(app.ResourcesDirectory, (await ResourceAsync("To be removed"))!.StoredName!);
        Assert.True(File.Exists(stored));
        var director = await app.LoginAsync(DemoUsers.Director);

        var removed = await director.PostFormAsync($"/Cohorts/{Academy}/Resources/{id}/Remove", new(), tokenPage: $"/Cohorts/{Academy}/Resources");
        var again = await director.PostFormAsync($"/Cohorts/{Academy}/Resources/{id}/Remove", new(), tokenPage: $"/Cohorts/{Academy}/Resources");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await ResourceAsync("To be removed"));
        Assert.False(File.Exists(stored));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("This resource was already removed.", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{Academy}/Resources")));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Resources/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_resource_is_removed_only_through_its_own_cohort()
    {
        var id = await AddFileAsync("Stays put", "Everyone", Pdf);
        var director = await app.LoginAsync(DemoUsers.Director);

        await director.PostFormAsync($"/Cohorts/{Network}/Resources/{id}/Remove", new(), tokenPage: $"/Cohorts/{Network}/Resources");

        Assert.NotNull(await ResourceAsync("Stays put"));
    }

    [Fact]
    public async Task The_home_page_shows_each_role_the_resources_of_its_cohorts_for_its_audience()
    {
        var coach = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Coach)).GetStringAsync("/"));
        var participant = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Participant)).GetStringAsync("/"));
        var player = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Player)).GetStringAsync("/"));

        Assert.Contains("Orientation slides", coach);
        Assert.Contains("Coaching handout", coach);
        Assert.Contains("Coaching handout", participant);
        Assert.DoesNotContain("Orientation slides", participant);
        Assert.Contains("Being a great coach and a winning player", player);
        Assert.DoesNotContain("Coaching handout", player);
        Assert.DoesNotContain("Being a great coach and a winning player", coach);
    }

    [Fact]
    public async Task The_demo_orientation_slides_are_a_pdf_the_academys_coaches_download()
    {
        var id = (await ResourceAsync("Orientation slides"))!.Id;

        var response = await (await app.LoginAsync(DemoUsers.Coach)).GetAsync($"/Resources/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()));
    }
}
