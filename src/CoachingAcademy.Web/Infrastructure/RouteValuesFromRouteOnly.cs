using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>
/// The URL decides which record an action works on: a parameter named like a route value ({id}, {cohortId}, …) binds
/// from the route only. MVC's default order reads form fields first, so a posted field "id=4" used to win over the
/// "/Milestones/Delete/999999" in the URL (and skip the checks made on the URL's record).
/// </summary>
public sealed partial class RouteValuesFromRouteOnly : IActionModelConvention
{
    /// <summary>The conventional route, {controller=Home}/{action=Index}/{id?}, has one value of its own.</summary>
    private const string ConventionalRouteValue = "id";

    [GeneratedRegex(@"\{\**([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex RouteParameter();

    public void Apply(ActionModel action)
    {
        var templates = action.Selectors.Concat(action.Controller.Selectors)
            .Select(s => s.AttributeRouteModel?.Template).OfType<string>().ToList();
        IEnumerable<string> values = templates.Count == 0
            ? [ConventionalRouteValue]
            : templates.SelectMany(t => RouteParameter().Matches(t).Select(m => m.Groups[1].Value));
        var names = values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters.Where(p => names.Contains(p.ParameterName)))
        {
            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = BindingSource.Path;
        }
    }
}
