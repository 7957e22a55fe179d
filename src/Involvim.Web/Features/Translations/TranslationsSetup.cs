using Involvim.Web.Features.Translations.Machine;

namespace Involvim.Web.Features.Translations;

public static class TranslationsSetup
{
    /// <summary>
    /// The translator's desk (Razor Pages in Desk/): language pairs, claims and the translation memory; each kind of
    /// content joins through <see cref="ITranslatableKind"/>. Machine translation (Machine/): LibreTranslate, DeepL and
    /// the demo stand-in behind <see cref="IMachineTranslator"/>, with retries configured in the <c>MachineTranslation</c> section.
    /// </summary>
    public static WebApplicationBuilder AddTranslations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TranslationDesk>();
        builder.Services.AddScoped<TranslationCoverage>();
        builder.Services.AddSingleton<TranslationOverview>();
        builder.Services.AddSingleton(new Infrastructure.Security.LargeBodyPath("/manage/translations/xliff", 2 * Xliff.MaxBytes));
        builder.Services.AddOptions<MachineTranslationOptions>().Bind(builder.Configuration.GetSection("MachineTranslation"));
        builder.Services.AddHttpClient<ProviderHttp>(c => c.Timeout = TimeSpan.FromMinutes(2));
        builder.Services.AddScoped<IMachineTranslator, LibreTranslateTranslator>();
        builder.Services.AddScoped<IMachineTranslator, DeepLTranslator>();
        builder.Services.AddScoped<IMachineTranslator, DemoFakeTranslator>();
        builder.Services.AddScoped<MachineTranslation>();
        return builder;
    }
}
