using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoachingAcademy.Web.Infrastructure;

public static class FieldMessageExtensions
{
    /// <summary>
    /// The message next to a field whose name the model's properties do not give (a dictionary entry, a second form on the
    /// page): the same markup as <c>asp-validation-for</c>, so pages and tests read it the same way.
    /// </summary>
    public static IHtmlContent FieldMessage(this IHtmlHelper html, string field, string? id = null)
    {
        var message = html.ViewData.ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;
        var encoder = HtmlEncoder.Default;
        var idAttribute = id is null ? "" : $" id=\"{encoder.Encode(id)}\"";
        return new HtmlString(message is null
            ? $"<span{idAttribute} class=\"field-validation-valid\" data-valmsg-for=\"{encoder.Encode(field)}\"></span>"
            : $"<span{idAttribute} class=\"text-danger small d-block field-validation-error\" data-valmsg-for=\"{encoder.Encode(field)}\">{encoder.Encode(message)}</span>");
    }
}
