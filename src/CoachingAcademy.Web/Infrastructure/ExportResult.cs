using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>A table downloaded as a file named after it, in the format asked for.</summary>
public sealed class ExportResult(ExportTable table, ExportFormat format) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = TableExport.ContentType(format);
        response.Headers.ContentDisposition = TableExport.Attachment(table.FileName + TableExport.Extension(format));
        await TableExport.WriteAsync(table, format, response.Body, context.HttpContext.RequestAborted);
    }

    /// <summary>The answer to a format the app does not write: 404, saying which formats it has.</summary>
    public static ViewResult UnknownFormat(string? format) => new()
    {
        ViewName = "~/Views/Error/Status.cshtml",
        StatusCode = StatusCodes.Status404NotFound,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary())
        {
            ["Code"] = StatusCodes.Status404NotFound,
            ["Message"] = $"There is no download as “{format}”: ask for csv (a CSV file) or xlsx (an Excel workbook).",
        },
    };
}
