using System.Net;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingAcademy.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration)
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
            o.Conventions.Add(new RouteValuesFromRouteOnly());
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
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        // Every request checks its cookie's stamp (see EveryRequestStampValidator); the interval says so for Identity too.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<ISecurityStampValidator, EveryRequestStampValidator>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "CoachingAcademy.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<ForwardedHeadersOptions>(o => ConfigureForwardedHeaders(o, configuration.GetSection("ForwardedHeaders")));
        return services;
    }

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed from the proxies named in ForwardedHeaders:KnownProxies (addresses)
    /// and ForwardedHeaders:KnownNetworks (CIDR ranges); with neither set, only a proxy on this machine (loopback).
    /// </summary>
    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfiguration section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
            return;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks)
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    /// <summary>A refused value, shown short: a 100,000-character field is named, not repeated back.</summary>
    private static string Echo(string value) => value.Length <= 40 ? value : value[..39] + "…";
}
