using CoachingAcademy.Core.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachingAcademy.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>
    /// Runs a FluentValidation validator and copies its errors next to the fields they concern, or, when
    /// <paramref name="fieldless"/> is set, above the form (for inputs the page does not show, such as hidden fields).
    /// </summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState,
        string prefix = "", bool fieldless = false)
    {
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
            modelState.AddModelError(fieldless ? "" : string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        return modelState.IsValid;
    }

    /// <summary>Shows a broken rule next to the field it names, or above the form.</summary>
    public static void AddRuleError(this ModelStateDictionary modelState, DomainException error) =>
        modelState.AddModelError(error.Field ?? "", error.Message);
}

public static class FormSubmission
{
    /// <summary>
    /// The one way a form is handled: validate the input, then save it; a validation error or a broken rule of the
    /// program shows the form again with the message next to its field, and nothing is saved.
    /// </summary>
    public static async Task<IActionResult> SubmitAsync<T>(this Controller controller, IValidator<T> validator, T input,
        Func<Task<IActionResult>> save, Func<Task<IActionResult>> showAgain)
    {
        if (!await validator.ValidateIntoAsync(input, controller.ModelState))
            return await showAgain();
        try
        {
            return await save();
        }
        catch (DomainException ex)
        {
            controller.ModelState.AddRuleError(ex);
            return await showAgain();
        }
    }

    public static Task<IActionResult> SubmitAsync<T>(this Controller controller, IValidator<T> validator, T input,
        Func<Task<IActionResult>> save, Func<IActionResult> showAgain) =>
        controller.SubmitAsync(validator, input, save, () => Task.FromResult(showAgain()));
}
