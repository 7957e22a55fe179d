using Involvim.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Involvim.Web.Infrastructure.Web;

/// <summary>
/// Makes the OpenAPI document describe what the middleware does, which the endpoints' own metadata cannot say: the
/// <c>{region}</c> path parameter (read by the region routing), <c>?lang=</c>, the <c>Tracking-Code</c> header, the
/// sign-in cookie as a security scheme, and the answers every operation can give besides its own (404 for an unknown
/// region, 400 for input that does not bind, 401/403 when signed in is required, 413/415 for bodies, 429 for rate
/// limits). The fuzz test (<c>OpenApiFuzzTests</c>) holds the app to this document.
/// </summary>
public static class OpenApiContract
{
    public const string CookieScheme = "cookie";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "involvim.auth",
                Description = "The staff sign-in cookie (sign in at /{region}/{lang}/account/signin). Coordinators must have two-step sign-in.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            Describe(operation, context);
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        // The relative path keeps route constraints ("{region:slug}"); the document's path does not.
        var path = "/" + System.Text.RegularExpressions.Regex.Replace(context.Description.RelativePath ?? "", @"\{([a-z_]+):[^}]*\}", "{$1}").TrimStart('/');
        var method = context.Description.HttpMethod ?? "GET";
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Parameters ??= [];
        operation.Responses ??= [];

        if (path.Contains("{region}", StringComparison.Ordinal) && !operation.Parameters.Any(p => p.Name == "region"))
        {
            operation.Parameters.Insert(0, new OpenApiParameter
            {
                Name = "region",
                In = ParameterLocation.Path,
                Required = true,
                Description = "The region's slug, e.g. litija.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z0-9][a-z0-9-]{0,39}$" },
            });
        }

        if (path.StartsWith("/api/v1/", StringComparison.Ordinal) && !operation.Parameters.Any(p => p.Name == "lang"))
        {
            var languages = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. UiLanguages.All.Select(l => (System.Text.Json.Nodes.JsonNode)l.Code)] };
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "lang",
                In = ParameterLocation.Query,
                Description = "Language of texts and error messages; one the region offers, else the region's default.",
                Schema = languages,
            });
        }

        if (path.Contains("/help-requests/track", StringComparison.Ordinal))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Tracking-Code",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The request's tracking code (never in the URL). A wrong and an unknown code both answer 404.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64 },
            });
        }

        // The last of AllowAnonymous and Authorize wins (a group's AllowAnonymous, an endpoint's RequireAuthorization);
        // neither means the fallback policy: signed in.
        var signedIn = metadata.LastOrDefault(m => m is IAllowAnonymous or IAuthorizeData) is not IAllowAnonymous;
        if (signedIn)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] }];
            Problem(operation, context, 401, "Not signed in (or the session ended).");
            Problem(operation, context, 403, "Signed in, but without the role this needs (or two-step sign-in not set up).");
        }

        if (path.Contains("{region}", StringComparison.Ordinal))
        {
            Problem(operation, context, 404, "No such region (or it is switched off), or no such record in it.");
        }

        if (operation.Parameters.Count > 0 || operation.RequestBody is not null)
        {
            Problem(operation, context, 400, "A parameter or the body is not valid.");
        }

        if (operation.RequestBody is not null)
        {
            Problem(operation, context, 413, "The body is larger than Security:MaxRequestBodyBytes.");
            Problem(operation, context, 415, "The body is not JSON in UTF-8.");
        }

        var write = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        if (write || metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Problem(operation, context, 429, "Too many requests from this client or person; try again after Retry-After seconds.");
        }
    }

    private static void Problem(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
    }
}
