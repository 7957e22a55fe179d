using Involvim.Web.Infrastructure.Regions;
using Involvim.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Help.Pages;

/// <summary>
/// The requester follows their request with the tracking code: status, messages, a reply, cancel, feedback.
/// The code travels only in POST bodies (never in a URL) and every answer is <c>no-store</c>; a wrong and an
/// unknown code give the same answer. Look-ups are rate limited per client address.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(HelpSetup.TrackingLookupPolicy)]
public sealed class TrackModel(RegionContext here, HelpWorkflow workflow, Infrastructure.Outbox.PublicLinks links, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public HelpRequest? Found { get; private set; }

    public string? Notice { get; private set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    /// <summary>
    /// "Save as a file" on the confirmation: the code comes back as a small text file. The code travels in the POST
    /// body; nothing is looked up or stored, and the answer is no-store like every other.
    /// </summary>
    public IActionResult OnPostCodeFile()
    {
        Response.Headers.CacheControl = "no-store";
        if (TrackingCodes.Normalize(Code) is null)
        {
            return BadRequest();
        }

        var region = here.RequiredRegion;
        var link = links.Absolute(here.To("help/track"));
        var text = $"Involvim · {region.NameIn(here.Language)}\r\n\r\n{t["Help.Sent.CodeIs"]} {Code!.Trim().ToUpperInvariant()}\r\n\r\n{t["Help.File.Where", link]}\r\n{t["Help.File.Keep"]}\r\n";
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray(), "text/plain; charset=utf-8", "involvim-tracking-code.txt");
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => WithRequestAsync(_ => Task.FromResult<string?>(null), ct);

    public Task<IActionResult> OnPostMessageAsync(CancellationToken ct) => WithRequestAsync(
        async r => await workflow.AddMessageAsync(r, MessageAuthor.Requester, null, Text, ct) switch
        {
            HelpOutcome.Done => "Help.Track.MessageSent",
            HelpOutcome.Invalid => Error(nameof(Text), "Help.Error.Message"),
            _ => Error("", "Help.Error.NotNow"),
        },
        ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => WithRequestAsync(
        async r => await workflow.CancelAsync(r, HelpActor.Requester, null, ct) == HelpOutcome.Done ? "Help.Track.Cancelled" : Error("", "Help.Error.NotNow"),
        ct);

    public Task<IActionResult> OnPostFeedbackAsync(CancellationToken ct) => WithRequestAsync(
        async r =>
        {
            if (HelpSetup.ParseFeedback(Feedback) is not { } feedback || Comment?.Length > HelpLimits.Message)
            {
                return Error(nameof(Feedback), "Help.Error.Feedback");
            }

            return await workflow.FeedbackAsync(r, feedback, Comment, ct) == HelpOutcome.Done ? "Help.Track.Thanks" : Error("", "Help.Error.NotNow");
        },
        ct);

    private async Task<IActionResult> WithRequestAsync(Func<HelpRequest, Task<string?>> action, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var regionId = here.RequiredRegion.Id;
        var request = await workflow.FindByCodeAsync(regionId, Code, ct);
        if (request is null)
        {
            ModelState.AddModelError(nameof(Code), t["Help.Track.NotFound"]);
            Code = null;
            return Page();
        }

        var notice = await action(request);
        if (ModelState.IsValid)
        {
            Notice = notice;
            Text = null;
            Comment = null;
        }

        Found = await workflow.FindByCodeAsync(regionId, Code, ct);
        return Page();
    }

    private string? Error(string field, string key)
    {
        ModelState.AddModelError(field, t[key]);
        return null;
    }
}
