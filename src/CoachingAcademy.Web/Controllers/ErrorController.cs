using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Every error status gets a page with words; the status code itself is kept.</summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    /// <remarks>
    /// The code is read from the route, not model-bound: a failed request is re-executed here with its own body, and a
    /// form that cannot be read (too many or too long fields) must not turn a 400 into a 500.
    /// </remarks>
    [Route("Error/{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var value) ? value : 500;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        ViewData["Code"] = Response.StatusCode;
        ViewData["Message"] = code switch
        {
            400 => "The request could not be understood. If you were sending a form, it may have expired or been changed: go back, reload the page and try again.",
            403 => "You do not have access to this page.",
            404 => "There is no page at this address.",
            405 => "This address does not accept that kind of request.",
            _ => "Something went wrong on our side. Please try again in a moment.",
        };
        return View("Status");
    }
}
