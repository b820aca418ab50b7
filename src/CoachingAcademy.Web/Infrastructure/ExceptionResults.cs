using CoachingAcademy.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>
/// Turns Core's "not found" and "not allowed" into 404 and 403 pages with words, wherever they are thrown, so an id
/// changed in the URL never reaches a 500 and never says whether the record exists.
/// </summary>
public sealed class ExceptionResults : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            AccessDeniedException denied => new ViewResult
            {
                ViewName = "~/Views/Error/Status.cshtml",
                StatusCode = StatusCodes.Status403Forbidden,
                ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary(
                    new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
                {
                    ["Code"] = 403,
                    ["Message"] = denied.Message,
                },
            },
            _ => null,
        };
        context.ExceptionHandled = context.Result is not null;
    }
}
