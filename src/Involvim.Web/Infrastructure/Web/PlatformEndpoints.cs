namespace Involvim.Web.Infrastructure.Web;

public static class PlatformEndpoints
{
    /// <summary><c>/health</c> (200 when the database answers, else 503) and the OpenAPI document.</summary>
    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
