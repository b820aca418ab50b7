using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>
/// TempData rides in a cookie on every later request, so one message that echoed a huge field once grew it past the
/// server's header limit and locked the browser out (431 on every page). Every text TempData keeps is cut here, in one place.
/// </summary>
public sealed class BoundedTempData(CookieTempDataProvider cookie) : ITempDataProvider
{
    public const int MaxLength = 1_000;

    public IDictionary<string, object> LoadTempData(HttpContext context) => cookie.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values) =>
        cookie.SaveTempData(context, values.ToDictionary(v => v.Key, v => v.Value is string { Length: > MaxLength } text
            ? (object)(text[..(MaxLength - 1)] + "…")
            : v.Value));
}
