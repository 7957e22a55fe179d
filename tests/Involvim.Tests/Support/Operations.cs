using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Involvim.Tests.Support;

/// <summary>
/// One operation of the app as its endpoint data source knows it: a minimal-API endpoint and method, or a Razor
/// page's handler (GET, POST, and the named handlers such as <c>?handler=Approve</c>).
/// </summary>
public sealed record Operation(string Method, string Route, string? Handler, bool IsPublic)
{
    public string Key => Handler is null ? $"{Method} {Route}" : $"{Method} {Route} ?handler={Handler}";

    /// <summary>Every operation of the running app, from its endpoint data source and the compiled pages' handlers.</summary>
    public static async Task<IReadOnlyList<Operation>> AllAsync(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = services.GetRequiredService<PageLoader>();
        var operations = new List<Operation>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var isPublic = compiled.EndpointMetadata.OfType<IAllowAnonymous>().Any();
                if (compiled.HandlerMethods.Count == 0)
                {
                    operations.Add(new Operation("GET", route, null, isPublic));
                }

                operations.AddRange(compiled.HandlerMethods.Select(h => new Operation(h.HttpMethod.ToUpperInvariant(), route, h.Name, isPublic)));
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            operations.AddRange(methods.Select(m => new Operation(m, route, null, open)));
        }

        return operations.Distinct().OrderBy(o => o.Route, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ThenBy(o => o.Handler, StringComparer.Ordinal).ToList();
    }
}
