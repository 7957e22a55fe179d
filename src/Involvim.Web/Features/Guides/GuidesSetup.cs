using Involvim.Web.Features.Listings;

namespace Involvim.Web.Features.Guides;

public static class GuidesSetup
{
    /// <summary>The region's tree of guide pages, a kind of listing; the public and staff pages are Razor Pages in this folder.</summary>
    public static WebApplicationBuilder AddGuides(this WebApplicationBuilder builder)
    {
        builder.Services.AddListingKind<GuideKind, GuidePage, GuideForm>();
        builder.Services.AddSingleton(new Infrastructure.Content.ReadablePages("guides"));
        return builder;
    }
}
