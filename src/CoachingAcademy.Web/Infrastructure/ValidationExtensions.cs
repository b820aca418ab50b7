using CoachingAcademy.Core.Common;
using FluentValidation;
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
