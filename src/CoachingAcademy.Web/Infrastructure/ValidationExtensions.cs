using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachingAcademy.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>Runs a FluentValidation validator and copies its errors next to the fields they concern.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState,
        string prefix = "")
    {
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        return modelState.IsValid;
    }
}
