using System.Globalization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>
/// One way into the app: an HTTP method (or ANY) on an endpoint. MVC actions are keyed "POST Account/Login",
/// other endpoints by their route pattern, "ANY /health/live".
/// </summary>
public sealed record AppEndpoint(string Key, string Method, RouteEndpoint Endpoint)
{
    private static readonly string[] UnsafeMethods = ["POST", "PUT", "DELETE", "PATCH"];

    public ControllerActionDescriptor? Action => Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();

    public bool IsUnsafe => Method == "ANY" || UnsafeMethods.Contains(Method);

    /// <summary>The method a test sends: GET for endpoints that take any method.</summary>
    public HttpMethod ReadMethod => new(Method == "ANY" ? "GET" : Method);

    /// <summary>The method a test sends to try a change: POST for endpoints that take any method.</summary>
    public HttpMethod WriteMethod => new(Method == "ANY" ? "POST" : Method);

    /// <summary>The names of the route's parameters, without the controller and action.</summary>
    public IReadOnlyList<RoutePatternParameterPart> RouteParameters =>
        Endpoint.RoutePattern.Parameters.Where(p => p.Name is not ("controller" or "action")).ToList();

    /// <summary>
    /// A path that reaches this endpoint: the sample from <see cref="EndpointSamples"/> when there is one, otherwise the
    /// route pattern with a plausible value for each parameter the action binds (1 for numbers, "sample" for text).
    /// </summary>
    public string SamplePath()
    {
        if (EndpointSamples.Paths.TryGetValue(Key, out var sample))
            return sample;
        var segments = new List<string>();
        foreach (var segment in Endpoint.RoutePattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        text += separator.Content;
                        break;
                    case RoutePatternParameterPart parameter when Endpoint.RoutePattern.RequiredValues.TryGetValue(parameter.Name, out var required) && required is string value:
                        text += value;
                        break;
                    case RoutePatternParameterPart parameter when SampleValue(parameter) is { } value:
                        text += value;
                        break;
                }
            }
            if (text.Length > 0)
                segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }

    private string? SampleValue(RoutePatternParameterPart parameter)
    {
        var bound = Action?.Parameters.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
        if (bound is null && (parameter.IsOptional || parameter.IsCatchAll))
            return null;
        var type = Nullable.GetUnderlyingType(bound?.ParameterType ?? typeof(string)) ?? bound?.ParameterType ?? typeof(string);
        return type == typeof(string) ? "sample"
            : type == typeof(Guid) ? Guid.Empty.ToString()
            : type.IsPrimitive || type == typeof(decimal) ? "1"
            : type == typeof(DateOnly) ? AppFactory.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "1";
    }

    public override string ToString() => Key;
}

public static class EndpointCatalog
{
    /// <summary>Every endpoint the running app routes to, from its own endpoint data source.</summary>
    public static IReadOnlyList<AppEndpoint> Discover(AppFactory app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>() is not { SuppressMatching: true })
            .SelectMany(endpoint =>
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["ANY"];
                var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
                var name = action is null ? "/" + endpoint.RoutePattern.RawText!.TrimStart('/') : $"{action.ControllerName}/{action.ActionName}";
                return methods.Where(method => method != "HEAD").Select(method => new AppEndpoint($"{method} {name}", method, endpoint));
            })
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }
}
