namespace CoachingAcademy.Web.Infrastructure;

/// <summary>Headers every response carries: no framing, no sniffing, no inline script, no referrer leaks.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; frame-src 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // The Hangfire dashboard ships inline scripts of its own; it is behind the director policy instead.
        if (!context.Request.Path.StartsWithSegments("/hangfire"))
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await next();
    });
}
