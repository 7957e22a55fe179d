using System.Text.Json.Nodes;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Listings;

/// <summary>
/// The staff page of one listing of any kind, one text language at a time: load (another region's or another
/// organisation's listing is not found), save (a coordinator publishes, an org-editor proposes), approve and reject
/// with the field-by-field change. A kind's page supplies its form's defaults, its checks, its review labels and
/// the choices its form offers; the <c>_ListingStatus</c> partial shows status, review and languages.
/// </summary>
public abstract class ListingEditPage<TListing, TForm>(
    AppDbContext db,
    ListingEditor<TListing, TForm> editor,
    RegionPermissions permissions,
    IListingOwners owners,
    RegionContext here,
    IStringLocalizer<SharedResource> t) : PageModel
    where TListing : class, IListing
    where TForm : class, IListingForm, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The listing; null on the page for a new one.</summary>
    public TListing? Listing { get; private set; }

    public TForm? Proposal { get; private set; }

    /// <summary>The proposal as a coordinator reviews it: who, when, and each field that changes.</summary>
    public ProposalView? ProposalReview { get; private set; }

    public RegionAccess Access { get; private set; } = RegionAccess.Anonymous;

    /// <summary>The organisations this person may keep listings for, by name in the page's language.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public string TextLanguage { get; private set; } = "";

    public string? Message { get; private set; }

    /// <summary>The path of the kind's staff list below the region and language, e.g. <c>manage/services</c>.</summary>
    public abstract string ManagePath { get; }


    /// <summary>This listing's page path (below the region and language).</summary>
    public string EditPath => Listing is null ? $"{ManagePath}/new" : $"{ManagePath}/{Listing.Id}";

    /// <summary>What the status line, the review and the language list of the <c>_ListingStatus</c> partial show.</summary>
    public ListingStatusView? StatusView => Listing is null ? null : new ListingStatusView(
        Listing, here.To(EditPath), Listing.Status == PublicationStatus.Published ? here.To(editor.Kind.PublicPath(Listing)) : null,
        Proposal is not null, ProposalReview, Access.CanPublish, TextLanguage,
        editor.Kind.Texts(Listing).Rows.ToDictionary(x => x.Language, x => x.Status), StatusNote,
        ContentTranslations.MinorEdits(editor.Kind.Texts(Listing).Rows));

    /// <summary>A kind's extra words in the status line (e.g. when a service was last checked).</summary>
    protected virtual string? StatusNote => null;

    protected Guid ActorId => User.UserId();

    protected AppDbContext Db => db;

    protected ListingEditor<TListing, TForm> Editor => editor;

    protected RegionContext Here => here;

    protected IStringLocalizer<SharedResource> T => t;

    /// <summary>The form of a new listing.</summary>
    protected abstract TForm NewForm();

    /// <summary>Whether this person may create a listing of this kind (with the organisations loaded).</summary>
    protected virtual bool CanCreate => Access.CanPublish || Organizations.Count > 0;

    /// <summary>Loads what the kind's form offers (places, parent pages, …); <see cref="Listing"/> is set when there is one.</summary>
    protected virtual Task LoadChoicesAsync(Guid? id, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Fixes what the person may not choose (ownership, normalised codes) before the checks.</summary>
    protected virtual void Prepare(TForm form)
    {
    }

    /// <summary>The form's problems as (field, resource key); empty when it may be saved.</summary>
    protected abstract Task<IEnumerable<(string Field, string Key)>> CheckAsync(TForm form, CancellationToken ct);

    /// <summary>The fields a coordinator reviews, in order, with their labels.</summary>
    protected abstract IReadOnlyList<(string Property, string Label)> ReviewFields();

    /// <summary>A field's JSON value in words for the review (codes as labels, ids as names); null for the plain value.</summary>
    protected virtual string? Show(string property, JsonNode value) => null;

    public async Task<IActionResult> OnGetAsync(string id, string? text, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(SignedInUser.RouteId(id), text, ct))
        {
            return NotFound();
        }

        Form = Listing is null ? NewForm() : editor.ToForm(Listing, TextLanguage);
        Form.TextLanguage = TextLanguage;
        Message = done is null ? null : t[$"ManageServices.Done.{done}"].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, string? text, CancellationToken ct)
    {
        if (!await LoadAsync(SignedInUser.RouteId(id), text, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Form.TextLanguage = TextLanguage;
        Prepare(Form);
        foreach (var (field, key) in await CheckAsync(Form, ct))
        {
            ModelState.AddModelError($"Form.{field}", t[key]);
        }

        // Only a change of the source can be minor; it needs a reason that the history shows.
        var source = Listing is null ? null : editor.Kind.Texts(Listing).SourceLanguage;
        Form.MinorEdit = Form.MinorEdit && source == TextLanguage;
        Form.MinorReason = Form.MinorEdit ? ListingTexts.Blank(Form.MinorReason) : null;
        if (Form.MinorEdit && Form.MinorReason is null)
        {
            ModelState.AddModelError($"Form.{nameof(IListingForm.MinorReason)}", t["Validation.Required"]);
        }
        else if (Form.MinorReason?.Length > ListingTexts.MinorReasonLength)
        {
            ModelState.AddModelError($"Form.{nameof(IListingForm.MinorReason)}", t["Validation.TooLong"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await editor.SaveAsync(here.RequiredRegion, Listing, Form, Access.CanPublish, ActorId, ct);
        return Redirect(here.To($"{ManagePath}/{saved.Id}") + $"?text={TextLanguage}&done={(Access.CanPublish ? "published" : "proposed")}");
    }

    public Task<IActionResult> OnPostApproveAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(id, (l, c) => editor.ApproveAsync(here.RequiredRegion, l, ActorId, c), "approved", ct);

    public Task<IActionResult> OnPostRejectAsync(string id, CancellationToken ct) =>
        CoordinatorActionAsync(id, (l, c) => editor.RejectAsync(here.RequiredRegion, l, ActorId, c), "rejected", ct);

    /// <summary>A coordinator decides that a minor edit was not minor: its translations become outdated.</summary>
    public async Task<IActionResult> OnPostUndoMinorAsync(string id, string? edit, CancellationToken ct)
    {
        var undone = false;
        var result = await CoordinatorActionAsync(id, async (l, c) => undone = await editor.UndoMinorEditAsync(here.RequiredRegion, l, edit ?? "", ActorId, c), "minor-undone", ct);
        return result is RedirectResult && !undone ? NotFound() : result;
    }

    /// <summary>Whether the form's language is the listing's source (only the source can have a minor edit).</summary>
    public bool IsSourceText => Listing is not null && editor.Kind.Texts(Listing).SourceLanguage == TextLanguage;

    /// <summary>A step only a coordinator may take on an existing listing; then back to the page with the outcome.</summary>
    protected async Task<IActionResult> CoordinatorActionAsync(string id, Func<TListing, CancellationToken, Task> action, string outcome, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (SignedInUser.RouteId(id) is not { } listingId || !await LoadAsync(listingId, null, ct) || Listing is null)
        {
            return NotFound();
        }

        if (!Access.CanPublish)
        {
            return Forbid();
        }

        await action(Listing, ct);
        return Redirect(here.To($"{ManagePath}/{Listing.Id}") + $"?done={outcome}");
    }

    /// <summary>Loads what the page shows; false when the listing does not exist for this person (another region or organisation).</summary>
    private async Task<bool> LoadAsync(Guid? id, string? text, CancellationToken ct)
    {
        var region = here.RequiredRegion;
        Access = await permissions.GetAsync(ct);
        TextLanguage = text is not null && region.Offers(text) ? text : here.Language;
        Organizations = (await owners.InRegionAsync(region, here.Language, ct)).Where(o => Access.CanEdit(o.Id)).ToList();
        if (id is not null)
        {
            Listing = await editor.LoadAsync(region.Id, id.Value, ct);
            if (Listing is null || !(Access.CanPublish || (editor.Kind.Owner(Listing) is { } owner && Access.CanEdit(owner))))
            {
                Listing = null;
                return false;
            }
        }

        await LoadChoicesAsync(id, ct);
        if (Listing is null)
        {
            return CanCreate;
        }

        Proposal = ListingEditor<TListing, TForm>.Proposal(Listing);
        if (Proposal is not null)
        {
            var organizationNames = Organizations.ToDictionary(o => o.Id.ToString(), o => o.Name);
            string? Words(string property, JsonNode? value) => (property, value) switch
            {
                (_, null) => null,
                (nameof(IListingForm.OrganizationId), _) => organizationNames.GetValueOrDefault(value.ToString(), "?"),
                _ => Show(property, value),
            };
            ProposalReview = await Review.ViewAsync(db, Listing, editor.Kind.PublishedForm(Listing, Proposal.TextLanguage), Proposal, Proposal.TextLanguage, ReviewFields(), Words, t, ct);
        }

        return true;
    }
}

/// <summary>The organisations that can keep listings (the directory's), by name in a language, sorted for a list.</summary>
public interface IListingOwners
{
    Task<IReadOnlyList<(Guid Id, string Name)>> InRegionAsync(RegionSnapshot region, string language, CancellationToken ct);
}

/// <summary>
/// The head of a listing's staff page: its status (and the public link), an org-editor's waiting change with the
/// coordinator's review and buttons, and the text languages with their translation status.
/// </summary>
public sealed record ListingStatusView(
    IListing Listing,
    string EditUrl,
    string? PublicUrl,
    bool HasProposal,
    ProposalView? Review,
    bool CanPublish,
    string TextLanguage,
    IReadOnlyDictionary<string, TranslationStatus> Texts,
    string? Note,
    IReadOnlyList<MinorEdit> MinorEdits);
