using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;

namespace Involvim.Web.Features.ApiDocs;

/// <summary>
/// A browsable reference of the JSON API, rendered on the server from the same OpenAPI document as
/// <c>/openapi/v1.json</c>: no script, nothing from another origin, works under the site's CSP.
/// </summary>
[AllowAnonymous]
public sealed class ApiDocsModel([FromKeyedServices("v1")] IOpenApiDocumentProvider documents) : PageModel
{
    public sealed record Operation(string Method, string Path, string? Summary, string? Description, IReadOnlyList<Parameter> Parameters, IReadOnlyList<string> Responses, string? Tag);

    public sealed record Parameter(string Name, string In, bool Required, string? Description);

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var document = await documents.GetOpenApiDocumentAsync(ct);
        Title = document.Info?.Title ?? "API";
        Description = document.Info?.Description;
        var operations = new List<Operation>();
        foreach (var (path, item) in document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var parameters = (operation.Parameters ?? [])
                    .Select(p => new Parameter(p.Name ?? "", p.In?.ToString()?.ToLowerInvariant() ?? "", p.Required, p.Description))
                    .ToList();
                var responses = (operation.Responses ?? [])
                    .Select(r => $"{r.Key} {r.Value.Description}".Trim())
                    .ToList();
                operations.Add(new Operation(
                    method.Method.ToUpperInvariant(),
                    path,
                    operation.Summary,
                    operation.Description,
                    parameters,
                    responses,
                    operation.Tags?.FirstOrDefault()?.Name));
            }
        }

        Operations = operations.OrderBy(o => o.Tag, StringComparer.Ordinal).ThenBy(o => o.Path, StringComparer.Ordinal).ToList();
    }
}
