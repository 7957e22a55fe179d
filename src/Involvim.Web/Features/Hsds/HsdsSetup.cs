using Involvim.Web.Infrastructure.Cli;

namespace Involvim.Web.Features.Hsds;

/// <summary>Open Referral HSDS 3.0: the public read API, and the <c>import-hsds</c> / <c>export-hsds</c> verbs.</summary>
public static class HsdsSetup
{
    public static WebApplicationBuilder AddHsds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HsdsImporter>();
        builder.Services.AddScoped<HsdsExporter>();
        builder.Services.AddSingleton<ICliVerb, ImportHsdsVerb>();
        builder.Services.AddSingleton<ICliVerb, ExportHsdsVerb>();
        return builder;
    }

    /// <summary><c>/api/hsds/{region}/</c> and its lists and records; anonymous, read-only.</summary>
    public static WebApplication MapHsds(this WebApplication app)
    {
        HsdsApi.Map(app);
        return app;
    }
}
