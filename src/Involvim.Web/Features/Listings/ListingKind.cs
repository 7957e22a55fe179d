using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Listings;

/// <summary>
/// What one kind of listing (services, guides, events, …) supplies to the shared mechanism: its name, how it is
/// loaded, created and changed from its form, and its form as readers see it now. Publication, proposals,
/// approval, audit and the change log are <see cref="ListingEditor{TListing, TForm}"/>'s, the same for every kind.
/// </summary>
public abstract class ListingKind<TListing, TForm>
    where TListing : class, IListing
    where TForm : class, IListingForm
{
    /// <summary>
    /// The kind's code: the prefix of its audit actions (<c>service.created</c>, <c>guide.approved</c>) and its type
    /// in the change log that search follows.
    /// </summary>
    public abstract string Code { get; }

    /// <summary>The entity name in the audit log.</summary>
    public string EntityName => typeof(TListing).Name;

    /// <summary>The kind's rows with everything its form and its pages need (translations, places, …).</summary>
    public abstract IQueryable<TListing> Query(AppDbContext db);

    /// <summary>The kind's rows with their translations only: what the translator's desk and the coverage page read.</summary>
    public virtual IQueryable<TListing> TextQuery(AppDbContext db) => Query(db);

    /// <summary>A new, still empty listing of the region (the editor applies the form to it next).</summary>
    public abstract TListing Create(RegionSnapshot region, TForm form, DateTime now);

    /// <summary>Writes the form onto the listing: its fields, and its text in the form's language (<see cref="ListingTexts.Write"/>).</summary>
    public abstract Task ApplyAsync(AppDbContext db, TListing listing, TForm form, RegionSnapshot region, Guid actor, DateTime now, CancellationToken ct);

    /// <summary>The form as readers see the listing now (without any proposal): what a proposal is compared with.</summary>
    public abstract TForm PublishedForm(TListing listing, string language);

    /// <summary>The organisation that keeps the listing (its org-editors may edit it); null for the region's own.</summary>
    public abstract Guid? Owner(TListing listing);

    /// <summary>The listing's per-language texts: their status on its page, and what the translator's desk works on.</summary>
    public abstract ITextSet Texts(TListing listing);

    /// <summary>Where readers see the published listing (below the region and language), e.g. <c>guides/kindergarten</c>.</summary>
    public abstract string PublicPath(TListing listing);

    /// <summary>A translated field's text is acceptable for the kind; the resource key of the problem otherwise (the listing's own form checks the rest).</summary>
    public virtual string? CheckText(string field, string text) => null;

    /// <summary>The listing's title in a language (for queues and lists); the kind's own field.</summary>
    public abstract string Title(TListing listing, string language, string regionDefault);
}

/// <summary>The per-language text of every kind of listing: written one language at a time, the first language is the source.</summary>
public static class ListingTexts
{
    /// <summary>
    /// Writes the form's text: the source when the listing has none yet or this is its source language, a human
    /// translation otherwise (which marks nothing outdated). A change of the source that the form calls minor keeps
    /// the translations current and is recorded with its reason. <paramref name="apply"/> returns whether anything changed.
    /// </summary>
    public static T Write<T>(ICollection<T> translations, IListingForm form, Guid actor, DateTime now, Func<T> create, Func<T, bool> apply)
        where T : ContentTranslation
    {
        ArgumentNullException.ThrowIfNull(form);
        var source = translations.FirstOrDefault(t => t.Status == TranslationStatus.Source)?.Language;
        var status = source is null || source == form.TextLanguage ? TranslationStatus.Source : TranslationStatus.Human;
        var minor = form.MinorEdit && !string.IsNullOrWhiteSpace(form.MinorReason) ? form.MinorReason : null;
        return ContentTranslations.Write(translations, form.TextLanguage, status, now, create, apply, actor, minor);
    }

    /// <summary>The longest reason of a minor edit.</summary>
    public const int MinorReasonLength = 300;

    /// <summary>Trimmed text, or null for nothing.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// The EF shape every listing text shares: one row per listing and language, the language code and the status
    /// as short strings. The kind adds its own text columns.
    /// </summary>
    public static Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> ConfigureText<T>(
        this Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> builder, string table, System.Linq.Expressions.Expression<Func<T, object?>> key)
        where T : ContentTranslation
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(table);
        builder.HasKey(key);
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        return builder;
    }
}
