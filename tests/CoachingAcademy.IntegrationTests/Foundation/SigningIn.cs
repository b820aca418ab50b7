using System.Net;
using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests.Foundation;

public sealed class SigningIn(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_login_page_is_open_to_anonymous_visitors()
    {
        var html = await app.CreateBrowserlessClient().GetStringAsync("/Account/Login");

        Assert.Contains("<label class=\"form-label\" for=\"Email\">Email</label>", html);
        Assert.Contains("__RequestVerificationToken", html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var client = app.CreateBrowserlessClient();
        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = DemoUsers.Director, ["Password"] = "not the password at all" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is incorrect.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        var response = await app.CreateBrowserlessClient()
            .PostFormAsync("/Account/Login", new() { ["Email"] = "nobody@example.org", ["Password"] = "whatever-it-is-here" });

        Assert.Contains("The email or password is incorrect.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Empty_fields_get_messages_next_to_them()
    {
        var response = await app.CreateBrowserlessClient()
            .PostFormAsync("/Account/Login", new() { ["Email"] = "not-an-email", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter an email address like name@example.org.", html);
        Assert.Contains("Enter your password.", html);
    }

    [Theory]
    [InlineData("RememberMe", "maybe")]
    [InlineData("RememberMe", "null")]
    [InlineData("Email[", "x")]
    public async Task A_tampered_field_is_refused_with_a_message_not_an_error_page(string field, string value)
    {
        var response = await app.CreateBrowserlessClient().PostFormAsync("/Account/Login",
            new() { ["Email"] = DemoUsers.Coach, ["Password"] = DemoUsers.Password, [field] = value });
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{(int)response.StatusCode}");
        if (field == "RememberMe")
            Assert.Contains("is a yes or no question: tick the box or leave it empty.", html);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/Account/Login", new() { ["Email"] = "quinn.foster@example.org", ["Password"] = "wrong-password-" + i });

        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = "quinn.foster@example.org", ["Password"] = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is incorrect.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.LoginAsync(DemoUsers.Participant);

        var response = await client.PostFormAsync("/Account/Logout", [], tokenPage: "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
