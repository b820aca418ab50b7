using CoachingAcademy.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>
/// Turns Core's "not found", "not allowed", "against the rules" and "someone else changed it first" into 404, 403 and 409 pages with words, wherever they are thrown, so an id
/// changed in the URL never reaches a 500 and never says whether the record exists.
/// </summary>
public sealed class ExceptionResults : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            AccessDeniedException denied => Page(context, StatusCodes.Status403Forbidden, denied.Message),
            // A broken rule that an action did not show by its form: a 409 that says which, never a 500.
            DomainException broken => Page(context, StatusCodes.Status409Conflict, broken.Message),
            ConcurrencyConflictException conflict => Page(context, StatusCodes.Status409Conflict, conflict.Message),
            _ => null,
        };
        context.ExceptionHandled = context.Result is not null;
    }

    private static ViewResult Page(ExceptionContext context, int status, string message) => new()
    {
        ViewName = "~/Views/Error/Status.cshtml",
        StatusCode = status,
        ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary(
            new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
        {
            ["Code"] = status,
            ["Message"] = message,
        },
    };
}
