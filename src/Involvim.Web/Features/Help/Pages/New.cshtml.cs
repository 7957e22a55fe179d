using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help.Pages;

/// <summary>
/// The anonymous help-request form. On success the tracking code is shown once, on this response only (never in
/// a URL, never cached); a replayed form (back button, double submit) stores nothing twice.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Submission)]
public sealed class NewModel(RegionContext here, HelpWorkflow workflow, ContactProtector protector, TrackingCodeDelivery delivery, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public HelpRequestInput Input { get; set; } = new();

    /// <summary>One-time id of this form, so that sending it twice is recognised.</summary>
    [BindProperty]
    public string? FormId { get; set; }

    public IReadOnlyList<string> Areas { get; private set; } = [];

    public string? Code { get; private set; }

    /// <summary>The channel the code was also sent to (email, sms, …), or null.</summary>
    public string? CodeSentBy { get; private set; }

    /// <summary>A contact was given, even if the code cannot be sent there (a phone number without a text gateway).</summary>
    public bool ContactGiven { get; private set; }

    public void OnGet(string? category)
    {
        Areas = here.RequiredRegion.Areas;
        FormId = Guid.NewGuid().ToString("N");
        Input.Languages = [here.Language];
        Input.Urgency = "normal";
        Input.ContactMethod = "none";
        Input.Category = Directory.Categories.IsKnown(category) ? category : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var region = here.RequiredRegion;
        Areas = region.Areas;
        var (data, problems) = HelpRequestRules.Check(Input, region.Areas);
        if (string.IsNullOrEmpty(FormId) || FormId.Length > 64)
        {
            problems.Add((nameof(FormId), "Help.Error.Replayed"));
        }

        foreach (var (field, key) in problems)
        {
            ModelState.AddModelError(field == nameof(FormId) ? "" : $"Input.{field}", t[key]);
        }

        if (data is null || problems.Count > 0)
        {
            return Page();
        }

        var (request, code) = await workflow.SubmitAsync(region, data, here.Language, FormId, protector, ct);
        if (code is null || request is null)
        {
            ModelState.AddModelError("", t["Help.Error.Replayed"]);
            return Page();
        }

        Code = code;
        ContactGiven = request.ContactCipher is not null;
        CodeSentBy = ContactGiven ? delivery.ChannelFor(request.ContactMethod) : null;
        return Page();
    }
}
