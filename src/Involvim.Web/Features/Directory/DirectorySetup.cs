using Involvim.Web.Features.Listings;

namespace Involvim.Web.Features.Directory;

public static class DirectorySetup
{
    /// <summary>Services, organisations, locations and their editing; the public pages are Razor Pages in this folder.</summary>
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddListingKind<ServiceKind, ServiceListing, ServiceForm>();
        builder.Services.AddSingleton(new Infrastructure.Content.ReadablePages("services"));
        builder.Services.AddSingleton(new Infrastructure.Content.ReadablePages("organizations"));
        builder.Services.AddSingleton(new Infrastructure.Content.ReadablePages(Infrastructure.Content.ContentReadCounter.Home));
        builder.Services.AddScoped<Translations.ITranslatableKind, OrganizationTranslatables>();
        builder.Services.AddScoped<Translations.ITranslatableKind, RegionTextTranslatables>();
        builder.Services.AddScoped<OrganizationNames>();
        builder.Services.AddScoped<IListingOwners>(sp => sp.GetRequiredService<OrganizationNames>());
        return builder;
    }
}
