using System.Text.RegularExpressions;

namespace Involvim.Web.Features.Regions;

/// <summary>
/// Route constraints for <c>{region:slug}</c> and <c>{lang:lang}</c>: they keep <c>/api/docs</c> or
/// <c>/error/404</c> from looking like a region page. Whether the region exists is the middleware's job.
/// </summary>
internal sealed partial class SlugRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string s && Pattern().IsMatch(s) && !RegionSlugs.IsReserved(s);

    [GeneratedRegex("^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,38}[a-zA-Z0-9])?$")]
    private static partial Regex Pattern();
}

internal sealed partial class LanguageRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string s && Pattern().IsMatch(s);

    [GeneratedRegex("^[a-zA-Z]{2,3}$")]
    private static partial Regex Pattern();
}

public static partial class RegionSlugs
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "api", "account", "admin", "css", "error", "health", "openapi", "manage", "static", "favicon.svg", "robots.txt",
    };

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    /// <summary>A valid new slug: 2–40 lower-case letters, digits and inner hyphens, not a reserved word.</summary>
    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug) && !IsReserved(slug);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$")]
    private static partial Regex Pattern();
}
