using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>
/// Binds yes/no fields. A value other than true or false (a tampered form) becomes a message next to the field, and the
/// form is shown again with the box unticked: MVC's own binder keeps the bad text, and the checkbox helper then fails to
/// convert it while re-showing the form, a 500 instead of a message.
/// </summary>
public sealed class CheckboxBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None)
            return Task.CompletedTask;
        // A checkbox posts "true" and its hidden "false" when ticked: the first value counts.
        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text) && context.ModelMetadata.IsReferenceOrNullableType)
        {
            context.ModelState.SetModelValue(context.ModelName, result);
            context.Result = ModelBindingResult.Success(null);
        }
        else if (bool.TryParse(text, out var value))
        {
            context.ModelState.SetModelValue(context.ModelName, result);
            context.Result = ModelBindingResult.Success(value);
        }
        else
        {
            context.ModelState.SetModelValue(context.ModelName, false, "false");
            context.ModelState.AddModelError(context.ModelName, $"{context.ModelMetadata.GetDisplayName()} is a yes or no question: tick the box or leave it empty.");
            context.Result = ModelBindingResult.Failed();
        }
        return Task.CompletedTask;
    }
}

public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? new CheckboxBinder() : null;
}
