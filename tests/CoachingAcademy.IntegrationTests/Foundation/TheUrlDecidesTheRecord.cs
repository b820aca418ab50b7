using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Foundation;

/// <summary>A form field named like the route's id never picks the record: the URL does.</summary>
public sealed class TheUrlDecidesTheRecord
{
    [Theory]
    [InlineData("Id")]
    [InlineData("id")]
    public async Task Editing_a_person_with_another_id_in_the_form_edits_the_person_in_the_url(string field)
    {
        await using var app = new AppFactory();
        var director = await app.LoginAsync(DemoUsers.Director);
        var url = await app.PersonIdAsync("riley.santos@example.org");
        var other = await app.PersonIdAsync("taylor.nguyen@example.org");

        var riley = await app.QueryAsync(db => db.People.Where(p => p.Id == url)
            .Select(p => new { p.Title, p.PositionLevel, Supervisor = p.Supervisor!.Email }).SingleAsync());

        var response = await director.PostFormAsync($"/People/Edit/{url}", new()
        {
            [field] = other.ToString(), ["FullName"] = "Riley Santos-Diaz", ["Title"] = riley.Title,
            ["PositionLevel"] = riley.PositionLevel.ToString(), ["SupervisorEmail"] = riley.Supervisor,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var names = await app.QueryAsync(db => db.People.Where(p => p.Id == url || p.Id == other).ToDictionaryAsync(p => p.Id, p => p.FullName));
        Assert.Equal("Riley Santos-Diaz", names[url]);
        Assert.Equal("Taylor Nguyen", names[other]);
    }

    [Fact]
    public async Task Deleting_a_milestone_that_does_not_exist_deletes_none_named_in_the_form()
    {
        await using var app = new AppFactory();
        var director = await app.LoginAsync(DemoUsers.Director);
        var real = await app.QueryAsync(db => db.Milestones.Select(m => m.Id).FirstAsync());
        var count = await app.QueryAsync(db => db.Milestones.CountAsync());

        var response = await director.PostFormAsync("/Milestones/Delete/999999", new() { ["id"] = real.ToString() }, tokenPage: "/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(count, await app.QueryAsync(db => db.Milestones.CountAsync()));
    }
}
