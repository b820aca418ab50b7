using System.Net;

namespace CoachingAcademy.TestSupport.Gates;

public static class Refusal
{
    public const string AccessDeniedPath = "/Account/AccessDenied";

    /// <summary>
    /// Whether a response refuses the visitor: anonymous ones are sent to sign in, signed-in ones get 403 or the
    /// access-denied page (which itself answers 403 when asked for directly: that is the page, not a refusal).
    /// </summary>
    public static bool IsRefusal(this HttpResponseMessage response, Who who)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return who == Who.Anonymous
            ? response.StatusCode == HttpStatusCode.Unauthorized
              || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/Login"))
            : (response.StatusCode == HttpStatusCode.Forbidden && response.RequestMessage?.RequestUri?.AbsolutePath != AccessDeniedPath)
              || (response.StatusCode == HttpStatusCode.Redirect && location.Contains(AccessDeniedPath));
    }
}
