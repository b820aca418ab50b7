using CoachingAcademy.Infrastructure;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingAcademy.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add(new ExceptionResults());
            // Values that do not even bind (text in a number field, an unknown choice) get a sentence, not a 500.
            o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"Enter a valid {field} ('{Echo(value)}' is not one).");
            o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"Enter a valid value ('{Echo(value)}' is not one).");
            o.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(field => $"{field} must be a number.");
            o.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
            // jQuery-style keys (a[b][c]) are not used by any form here, and a field named "a[" made those providers throw (a 500).
            o.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            o.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        });
        services.AddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, BoundedTempData>());
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ApplicationPipeline.DirectorPolicy, p => p.RequireRole(Roles.Director));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "CoachingAcademy.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAntiforgery(o => o.Cookie.Name = "CoachingAcademy.Antiforgery");

        // Keys live beside the database so that logins survive restarts (and container rebuilds with a volume).
        var paths = new AppPaths(configuration, contentRoot);
        services.AddDataProtection()
            .SetApplicationName("CoachingAcademy")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")));
        return services;
    }

    /// <summary>A refused value, shown short: a 100,000-character field is named, not repeated back.</summary>
    private static string Echo(string value) => value.Length <= 40 ? value : value[..39] + "…";
}
