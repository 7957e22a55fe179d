namespace Involvim.Web.Features.Translations;

public static class TranslationsSetup
{
    /// <summary>The translator's desk (Razor Pages in Desk/): language pairs, claims and the translation memory; each kind of content joins through <see cref="ITranslatableKind"/>.</summary>
    public static WebApplicationBuilder AddTranslations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TranslationDesk>();
        return builder;
    }
}
