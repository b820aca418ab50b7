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
        // First, so that HSTS, redirects and Secure cookies see the scheme the browser used at a TLS-terminating proxy.
        app.UseForwardedHeaders();
        DrainBeforeStopping(app);
        if (app.Environment.IsDevelopment())
            app.UseDeveloperExceptionPage();
        else
        {
            app.UseExceptionHandler("/Error/500");
            app.UseHsts();
        }
        if (ServesHttps(app.Configuration))
            app.UseHttpsRedirection();
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

    /// <summary>
    /// For App:DrainSeconds after the instance is told to stop, it answers /health/ready with 503 and takes no new jobs
    /// or emails, but still serves requests, so that a load balancer probing readiness moves traffic away before the
    /// server closes. Registered first, so it runs after every other stopping callback (they run last-in, first-out).
    /// </summary>
    private static void DrainBeforeStopping(WebApplication app)
    {
        var drain = TimeSpan.FromSeconds(app.Configuration.GetValue("App:DrainSeconds", 0.0));
        if (drain > TimeSpan.Zero)
            app.Lifetime.ApplicationStopping.Register(() => Thread.Sleep(drain));
    }

    /// <summary>Whether Kestrel itself listens on https (urls, https_port(s) or a Kestrel endpoint): only then is there somewhere to redirect to.</summary>
    private static bool ServesHttps(IConfiguration configuration) =>
        (configuration["urls"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(configuration["https_port"]) || !string.IsNullOrEmpty(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(e => (e["Url"] ?? "").StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
