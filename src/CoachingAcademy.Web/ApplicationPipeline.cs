using CoachingAcademy.Web.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoachingAcademy.Web;

public static class ApplicationPipeline
{
    public const string DirectorPolicy = "Director";

    private static readonly HttpMethodMetadata ProbeMethods = new(["GET", "HEAD"]);

    public static WebApplication UseWeb(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
            app.UseDeveloperExceptionPage();
        else
        {
            app.UseExceptionHandler("/Error/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        // Probes read; they take GET and HEAD only, so no unsafe method reaches an endpoint without antiforgery.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().WithMetadata(ProbeMethods);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous().WithMetadata(ProbeMethods);
        app.MapHangfireDashboardWithAuthorizationPolicy(DirectorPolicy, "/hangfire",
            new DashboardOptions { DashboardTitle = "CoachingAcademy jobs", AppPath = "/" });
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
