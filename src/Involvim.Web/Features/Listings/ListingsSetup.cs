using Involvim.Web.Features.Translations;

namespace Involvim.Web.Features.Listings;

public static class ListingsSetup
{
    /// <summary>The shared listing mechanism: the change log and its commit; each kind adds itself with <see cref="AddListingKind"/>.</summary>
    public static WebApplicationBuilder AddListings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DirectoryChangeLog>();
        builder.Services.AddSingleton<IContentChanges, DirectoryChangeFeed>();
        return builder;
    }

    /// <summary>Registers a kind of listing and its editor (<see cref="ListingEditor{TListing, TForm}"/>).</summary>
    public static IServiceCollection AddListingKind<TKind, TListing, TForm>(this IServiceCollection services)
        where TKind : ListingKind<TListing, TForm>
        where TListing : class, IListing
        where TForm : class, IListingForm
    {
        services.AddSingleton<ListingKind<TListing, TForm>, TKind>();
        services.AddScoped<ListingEditor<TListing, TForm>>();
        services.AddScoped<ITranslatableKind, ListingTranslatables<TListing, TForm>>();
        return services;
    }
}
