using CoachingAcademy.Core.Email;

namespace CoachingAcademy.UnitTests.Email;

public sealed class RenderingEmail
{
    [Fact]
    public void Values_are_html_encoded_in_the_html_part_and_kept_as_is_in_the_text_part()
    {
        var message = new TestEmail("a@example.org", "<script>alert(1)</script>", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Render();

        Assert.Equal(["a@example.org"], message.To);
        Assert.Contains("<script>alert(1)</script>", message.TextBody);
        Assert.DoesNotContain("<script>", message.HtmlBody);
        Assert.Contains("&lt;script&gt;", message.HtmlBody);
        Assert.StartsWith("<!DOCTYPE html>", message.HtmlBody);
    }
}
