using System.Net;

namespace CoachingAcademy.TestSupport;

public static class Denied
{
    /// <summary>A signed-in user was refused: 403, or the cookie handler's redirect to the access-denied page.</summary>
    public static void Assert(HttpResponseMessage response)
    {
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied"));
        Xunit.Assert.True(refused, $"Expected a refusal from {response.RequestMessage!.RequestUri}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>The visitor did not reach the record: refused by role, or told it does not exist (ownership).</summary>
    public static void AssertNotReached(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.NotFound)
            Assert(response);
    }
}
