using System.Text;

namespace Involvim.Tests.Features.Accounts;

/// <summary>One kind of person the table is run for (a column of docs/authorization.md).</summary>
public sealed record Person(string Column, string? Email, string Description);

/// <summary>
/// One protected (or public) operation as the endpoint data source names it (method, route template, page handler),
/// the concrete request the test sends, the policy, and the exact status for every person in <see cref="AuthorizationTable.People"/>.
/// Paths may hold placeholders the test fills with records of the demo region: <c>{service}</c> (a Geoss service),
/// <c>{guide}</c> (a Geoss guide page), <c>{event}</c> and <c>{event-date}</c> (a Geoss event with one date), <c>{help}</c> (a new help request made for the row), <c>{task}</c> (a new task
/// of the demo volunteer, the same for the task page's rows), <c>{running-task}</c> (the demo volunteer's task in
/// progress), <c>{volunteer}</c> (the demo volunteer's profile), <c>{unknown}</c> (an id
/// that exists nowhere).
/// </summary>
public sealed record AuthorizationRow(string Method, string Route, string? Handler, string Path, string Policy, int[] Expected, string? Note = null)
{
    public string Key => Handler is null ? $"{Method} {Route}" : $"{Method} {Route} ?handler={Handler}";
}

/// <summary>
/// The authorization table: the one source of the test (<see cref="AuthorizationTableTests"/>) and of the generated
/// part of docs/authorization.md. Every operation of the app that is not public must have a row here
/// (<c>EveryProtectedOperation_HasARow</c> fails otherwise).
/// </summary>
public static class AuthorizationTable
{
    public const string EditorOfAnotherOrganisation = "editor2@litija.example";

    public static readonly Person[] People =
    [
        new("anonymous", null, "not signed in"),
        new("volunteer", "volunteer@litija.example", "volunteer in `litija`"),
        new("org-editor", "editor@litija.example", "org-editor in `litija` of Geoss, the organisation that keeps `{service}` and `{guide}`"),
        new("org-editor, other organisation", EditorOfAnotherOrganisation, "org-editor in `litija` of the Municipality of Litija (made by the test)"),
        new("translator", "translator@litija.example", "translator in `litija`"),
        new("coordinator", "coordinator@litija.example", "coordinator of `litija`, the region in the path"),
        new("other region's coordinator", "coordinator@louth.example", "coordinator of `louth`, with no role in `litija`"),
        new("platform admin", "admin@involvim.example", "platform administrator"),
    ];

    private const string R = "/{region:slug}/{lang:lang}";
    private const string ListingId = "{id:regex(^(new|[0-9a-fA-F-]{{36}})$)}";
    private const string Desk = "{kind:regex(^[a-z-]{{1,24}}$)}/{id:guid}/{to:lang}";

    // Columns:           anon vol  ed   ed2  tr   co   oth  adm
    private static readonly int[] Staff = [302, 403, 200, 200, 200, 200, 404, 200];
    private static readonly int[] Coordinator = [302, 403, 403, 403, 403, 200, 404, 200];
    private static readonly int[] Editor = [302, 403, 200, 200, 403, 200, 404, 200];
    private static readonly int[] Translation = [302, 403, 403, 403, 200, 200, 404, 200];
    private static readonly int[] SignedIn = [302, 200, 200, 200, 200, 200, 200, 200];

    public static readonly AuthorizationRow[] Rows =
    [
        // Staff area.
        new("GET", $"{R}/manage", null, "/litija/en/manage", "region-staff", Staff),
        new("GET", $"{R}/manage/settings", null, "/litija/en/manage/settings", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/settings", null, "/litija/en/manage/settings", "region-coordinator", [302, 403, 403, 403, 403, 302, 404, 302], "A valid form; the 302 is the saved settings."),
        new("GET", $"{R}/manage/staff", null, "/litija/en/manage/staff", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/staff", "Invite", "/litija/en/manage/staff", "region-coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "An empty form: the page with its messages."),
        new("POST", $"{R}/manage/staff", "Revoke", "/litija/en/manage/staff?id={unknown}", "region-coordinator", [302, 403, 403, 403, 403, 404, 404, 404], "An invitation that is not open here is 404."),
        new("POST", $"{R}/manage/staff", "Remove", "/litija/en/manage/staff?id={unknown}", "region-coordinator", [302, 403, 403, 403, 403, 404, 404, 404], "A role of another region is 404."),
        new("GET", $"{R}/manage/audit", null, "/litija/en/manage/audit", "region-coordinator", Coordinator),
        new("GET", $"{R}/manage/audit", null, "/litija/en/manage/audit?format=csv&kind=help", "region-coordinator", Coordinator, "The filtered entries as CSV."),
        new("GET", $"{R}/manage/searches", null, "/litija/en/manage/searches", "region-coordinator", Coordinator),
        new("GET", $"{R}/manage/regions", null, "/litija/en/manage/regions", "platform-admin", [302, 403, 403, 403, 403, 403, 404, 200]),
        new("POST", $"{R}/manage/regions", "Create", "/litija/en/manage/regions", "platform-admin", [302, 403, 403, 403, 403, 403, 404, 200], "An empty form: the page with its messages."),
        new("POST", $"{R}/manage/regions", "Active", "/litija/en/manage/regions?id={unknown}&active=false", "platform-admin", [302, 403, 403, 403, 403, 403, 404, 404], "An unknown region is 404."),

        // Listings: services and guide pages.
        new("GET", $"{R}/manage/services", null, "/litija/en/manage/services", "region-editor", Editor),
        new("GET", $"{R}/manage/services/{ListingId}", null, "/litija/en/manage/services/{service}", "region-editor", [302, 403, 200, 404, 403, 200, 404, 200], "Another organisation's service is 404 for an org-editor."),
        new("POST", $"{R}/manage/services/{ListingId}", "Save", "/litija/en/manage/services/{service}", "region-editor", [302, 403, 200, 404, 403, 200, 404, 200], "An empty form: the page with its messages."),
        new("POST", $"{R}/manage/services/{ListingId}", "Approve", "/litija/en/manage/services/{service}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/services/{ListingId}", "Reject", "/litija/en/manage/services/{service}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/services/{ListingId}", "Verify", "/litija/en/manage/services/{service}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/services/{ListingId}", "UndoMinor", "/litija/en/manage/services/{service}?edit=nope", "region-editor + coordinator", [302, 403, 403, 404, 403, 404, 404, 404], "A minor edit that does not exist is 404."),
        new("POST", $"{R}/manage/services/{ListingId}", "Archive", "/litija/en/manage/services/{service}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("GET", $"{R}/manage/events", null, "/litija/en/manage/events", "region-editor", Editor),
        new("GET", $"{R}/manage/events/{ListingId}", null, "/litija/en/manage/events/{event}", "region-editor", [302, 403, 200, 404, 403, 200, 404, 200], "Another organisation's event is 404 for an org-editor."),
        new("POST", $"{R}/manage/events/{ListingId}", "Save", "/litija/en/manage/events/{event}", "region-editor", [302, 403, 200, 404, 403, 200, 404, 200], "An empty form: the page with its messages."),
        new("POST", $"{R}/manage/events/{ListingId}", "Approve", "/litija/en/manage/events/{event}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/events/{ListingId}", "Reject", "/litija/en/manage/events/{event}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/events/{ListingId}", "UndoMinor", "/litija/en/manage/events/{event}?edit=nope", "region-editor + coordinator", [302, 403, 403, 404, 403, 404, 404, 404], "A minor edit that does not exist is 404."),
        new("POST", $"{R}/manage/events/{ListingId}", "Archive", "/litija/en/manage/events/{event}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("GET", $"{R}/manage/events/{{id:guid}}/dates", null, "/litija/en/manage/events/{event}/dates", "region-editor of the event's organisation", [302, 403, 200, 404, 403, 200, 404, 200], "Another organisation's event is 404."),
        new("POST", $"{R}/manage/events/{{id:guid}}/dates", "Change", "/litija/en/manage/events/{event}/dates?date={event-date}", "region-editor of the event's organisation", [302, 403, 302, 404, 403, 302, 404, 302], "Nothing changed: back to the dates."),
        new("POST", $"{R}/manage/events/{{id:guid}}/dates", "Cancel", "/litija/en/manage/events/{event}/dates?date={event-date}", "region-editor of the event's organisation", [302, 403, 302, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/events/{{id:guid}}/dates", "Restore", "/litija/en/manage/events/{event}/dates?date={event-date}", "region-editor of the event's organisation", [302, 403, 302, 404, 403, 302, 404, 302]),
        new("GET", $"{R}/manage/events/{{id:guid}}/dates/{{date:guid}}", null, "/litija/en/manage/events/{event}/dates/{event-date}", "region-editor of the event's organisation", [302, 403, 200, 404, 403, 200, 404, 200], "The names are read for the organiser (audited)."),
        new("POST", $"{R}/manage/events/{{id:guid}}/dates/{{date:guid}}", "Check", "/litija/en/manage/events/{event}/dates/{event-date}?registration={unknown}&present=true", "region-editor of the event's organisation", [302, 403, 404, 404, 403, 404, 404, 404], "A registration that is not on this date is 404."),
        new("POST", $"{R}/manage/events/{{id:guid}}/dates/{{date:guid}}", "Code", "/litija/en/manage/events/{event}/dates/{event-date}", "region-editor of the event's organisation", [302, 403, 400, 404, 403, 400, 404, 400], "No code: the page with its message."),
        new("GET", $"{R}/manage/events/holidays", null, "/litija/en/manage/events/holidays", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/events/holidays", null, "/litija/en/manage/events/holidays", "region-coordinator", [302, 403, 403, 403, 403, 302, 404, 302], "An empty form: a calendar without holidays."),
        new("GET", $"{R}/manage/guides", null, "/litija/en/manage/guides", "region-editor", Editor),
        new("GET", $"{R}/manage/guides/{ListingId}", null, "/litija/en/manage/guides/{guide}", "region-editor", [302, 403, 200, 404, 403, 200, 404, 200], "Another organisation's page, or the region's own, is 404 for an org-editor."),
        new("POST", $"{R}/manage/guides/{ListingId}", "Save", "/litija/en/manage/guides/{guide}", "region-editor", [302, 403, 200, 404, 403, 200, 404, 200], "An empty form: the page with its messages."),
        new("POST", $"{R}/manage/guides/{ListingId}", "Approve", "/litija/en/manage/guides/{guide}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/guides/{ListingId}", "Reject", "/litija/en/manage/guides/{guide}", "region-editor + coordinator", [302, 403, 403, 404, 403, 302, 404, 302]),
        new("POST", $"{R}/manage/guides/{ListingId}", "UndoMinor", "/litija/en/manage/guides/{guide}?edit=nope", "region-editor + coordinator", [302, 403, 403, 404, 403, 404, 404, 404], "A minor edit that does not exist is 404."),

        // The translator's desk.
        new("GET", $"{R}/manage/translations", null, "/litija/en/manage/translations", "region-translation", Translation),
        new("GET", $"{R}/manage/translations", null, "/litija/en/manage/translations?to=uk&show=all&kind=guide", "region-translation", Translation, "Filtered."),
        new("GET", $"{R}/manage/translations/{Desk}", null, "/litija/en/manage/translations/guide/{guide}/uk", "region-translation + language pair", Translation, "The demo translator has sl→uk."),
        new("GET", $"{R}/manage/translations/{Desk}", null, "/litija/en/manage/translations/guide/{guide}/ne", "region-translation + language pair", [302, 403, 403, 403, 403, 200, 404, 200], "Not the translator's pair (sl→ne): 403."),
        new("GET", $"{R}/manage/translations/{Desk}", null, "/litija/en/manage/translations/guide/{unknown}/uk", "region-translation", [302, 403, 403, 403, 404, 404, 404, 404], "No such item in the region: 404."),
        new("POST", $"{R}/manage/translations/{Desk}", "Claim", "/litija/en/manage/translations/guide/{unknown}/uk", "region-translation", [302, 403, 403, 403, 404, 404, 404, 404], "No such item in the region: 404."),
        new("POST", $"{R}/manage/translations/{Desk}", "Release", "/litija/en/manage/translations/guide/{unknown}/uk", "region-translation", [302, 403, 403, 403, 404, 404, 404, 404], "No such item in the region: 404."),
        new("POST", $"{R}/manage/translations/{Desk}", "Save", "/litija/en/manage/translations/guide/{unknown}/uk", "region-translation", [302, 403, 403, 403, 404, 404, 404, 404], "No such item in the region: 404."),
        new("POST", $"{R}/manage/translations/{Desk}", "Review", "/litija/en/manage/translations/guide/{unknown}/uk", "region-translation", [302, 403, 403, 403, 404, 404, 404, 404], "No such item in the region: 404."),
        new("POST", $"{R}/manage/translations/{Desk}", "Machine", "/litija/en/manage/translations/guide/{unknown}/uk", "region-translation", [302, 403, 403, 403, 404, 404, 404, 404], "No such item in the region: 404."),
        new("POST", $"{R}/manage/translations/{Desk}", "Draft", "/litija/en/manage/translations/guide/{unknown}/uk", "region-translation", [302, 403, 403, 403, 404, 404, 404, 404], "No such item in the region: 404."),
        new("GET", $"{R}/manage/translations/coverage", null, "/litija/en/manage/translations/coverage", "region-translation", Translation),
        new("GET", $"{R}/manage/translations/coverage", null, "/litija/en/manage/translations/coverage?format=csv", "region-translation", Translation, "As CSV."),
        new("POST", $"{R}/manage/translations/coverage", "Goal", "/litija/en/manage/translations/coverage", "region-translation + coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "An empty form: the page with its messages; a translator may read the page, not set the target."),
        new("GET", $"{R}/manage/translations/xliff", null, "/litija/en/manage/translations/xliff", "region-translation", Translation),
        new("GET", $"{R}/manage/translations/xliff", null, "/litija/en/manage/translations/xliff?pair=sl-uk&kind=guide", "region-translation + language pair", Translation, "The XLIFF file of the pair."),
        new("POST", $"{R}/manage/translations/xliff", "Import", "/litija/en/manage/translations/xliff", "region-translation", [302, 403, 403, 403, 400, 400, 404, 400], "No file: 400 and the page with its report."),
        new("GET", $"{R}/manage/translations/machine", null, "/litija/en/manage/translations/machine", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/translations/machine", null, "/litija/en/manage/translations/machine", "region-coordinator", [302, 403, 403, 403, 403, 302, 404, 302], "An empty form turns machine translation off: 302."),
        new("GET", $"{R}/manage/translations/translators", null, "/litija/en/manage/translations/translators", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/translations/translators", "Add", "/litija/en/manage/translations/translators", "region-coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "An empty form: the page with its messages."),
        new("POST", $"{R}/manage/translations/translators", "Remove", "/litija/en/manage/translations/translators?id={unknown}", "region-coordinator", [302, 403, 403, 403, 403, 404, 404, 404], "A pair that is not the region's is 404."),

        // Help requests and volunteers (staff).
        new("GET", $"{R}/manage/help", null, "/litija/en/manage/help", "region-coordinator", Coordinator),
        new("GET", $"{R}/manage/help/settings", null, "/litija/en/manage/help/settings", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/help/settings", null, "/litija/en/manage/help/settings", "region-coordinator", [302, 403, 403, 403, 403, 400, 404, 400], "An empty form: 400 and the page with its messages."),
        new("GET", $"{R}/manage/help/{{id}}", null, "/litija/en/manage/help/{help}", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/help/{{id}}", "Triage", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 400, 404, 400], "An empty form: 400 and the page with its messages."),
        new("POST", $"{R}/manage/help/{{id}}", "Offer", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 400, 404, 400], "An empty form: 400 and the page with its messages."),
        new("POST", $"{R}/manage/help/{{id}}", "OfferTop", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "Offers the request to the best candidate: the page with a notice."),
        new("POST", $"{R}/manage/help/{{id}}", "Message", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 400, 404, 400], "An empty form: 400 and the page with its messages."),
        new("POST", $"{R}/manage/help/{{id}}", "Translate", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "The triage aid: the page with the translation (private provider only) or a notice."),
        new("POST", $"{R}/manage/help/{{id}}", "Reveal", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "Shows the contact (the opening is audited): the page."),
        new("POST", $"{R}/manage/help/{{id}}", "Done", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 400, 404, 400], "An empty form: 400 and the page with its messages."),
        new("POST", $"{R}/manage/help/{{id}}", "Merge", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 400, 404, 400], "Without a request to merge into: 400 and the page with its message."),
        new("POST", $"{R}/manage/help/{{id}}", "Unmet", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "Without Confirmed=true: the confirmation step."),
        new("POST", $"{R}/manage/help/{{id}}", "Cancel", "/litija/en/manage/help/{help}", "region-coordinator", [302, 403, 403, 403, 403, 200, 404, 200], "Without Confirmed=true: the confirmation step."),
        new("GET", $"{R}/manage/volunteers", null, "/litija/en/manage/volunteers", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/volunteers", "Approve", "/litija/en/manage/volunteers?volunteer={unknown}", "region-coordinator", [302, 403, 403, 403, 403, 404, 404, 404], "An unknown volunteer is 404."),
        new("POST", $"{R}/manage/volunteers", "Reject", "/litija/en/manage/volunteers?volunteer={unknown}", "region-coordinator", [302, 403, 403, 403, 403, 404, 404, 404], "An unknown volunteer is 404."),
        new("POST", $"{R}/manage/volunteers", "Vet", "/litija/en/manage/volunteers?volunteer={unknown}", "region-coordinator", [302, 403, 403, 403, 403, 404, 404, 404], "An unknown volunteer is 404."),
        new("GET", $"{R}/manage/volunteers/{{id:guid}}", null, "/litija/en/manage/volunteers/{volunteer}", "region-coordinator", Coordinator),
        new("POST", $"{R}/manage/volunteers/{{id:guid}}", null, "/litija/en/manage/volunteers/{volunteer}", "region-coordinator", [302, 403, 403, 403, 403, 400, 404, 400], "An empty form: 400 and the page with its messages."),

        // The volunteer's own pages.
        new("GET", $"{R}/volunteer", null, "/litija/en/volunteer", "region-volunteer", [302, 200, 403, 403, 403, 403, 404, 404], "A platform admin passes the policy but has no volunteer profile: 404."),
        new("POST", $"{R}/volunteer", "Accept", "/litija/en/volunteer?offer={unknown}", "region-volunteer", [302, 404, 403, 403, 403, 403, 404, 404], "An offer that is not the volunteer's own is 404."),
        new("POST", $"{R}/volunteer", "Decline", "/litija/en/volunteer?offer={unknown}", "region-volunteer", [302, 404, 403, 403, 403, 403, 404, 404], "An offer that is not the volunteer's own is 404."),
        new("GET", $"{R}/volunteer/profile", null, "/litija/en/volunteer/profile", "region-volunteer", [302, 200, 403, 403, 403, 403, 404, 404]),
        new("POST", $"{R}/volunteer/profile", null, "/litija/en/volunteer/profile", "region-volunteer", [302, 400, 403, 403, 403, 403, 404, 404], "An empty form: 400 and the page with its messages."),
        new("POST", $"{R}/volunteer/profile", "Stop", "/litija/en/volunteer/profile", "region-volunteer", [302, 400, 403, 403, 403, 403, 404, 404], "Without the confirmation box ticked: 400 and the page with its message."),
        new("GET", $"{R}/volunteer/tasks/{{id}}", null, "/litija/en/volunteer/tasks/{task}", "region-volunteer", [302, 200, 403, 403, 403, 403, 404, 404], "Another volunteer's task is 404."),
        new("POST", $"{R}/volunteer/tasks/{{id}}", "Start", "/litija/en/volunteer/tasks/{task}", "region-volunteer", [302, 200, 403, 403, 403, 403, 404, 404], "The task page with a notice."),
        new("POST", $"{R}/volunteer/tasks/{{id}}", "Message", "/litija/en/volunteer/tasks/{task}", "region-volunteer", [302, 400, 403, 403, 403, 403, 404, 404], "An empty message: 400 and the page with its message."),
        new("POST", $"{R}/volunteer/tasks/{{id}}", "Done", "/litija/en/volunteer/tasks/{task}", "region-volunteer", [302, 400, 403, 403, 403, 403, 404, 404], "Without the hours spent: 400 and the page with its message."),
        new("POST", $"{R}/volunteer/tasks/{{id}}", "GiveBack", "/litija/en/volunteer/tasks/{running-task}", "region-volunteer", [302, 302, 403, 403, 403, 403, 404, 404]),

        // The person's own account.
        new("GET", $"{R}/account/two-factor", null, "/litija/en/account/two-factor", "fallback (signed in)", SignedIn),
        new("POST", $"{R}/account/two-factor", null, "/litija/en/account/two-factor", "fallback (signed in)", SignedIn, "A wrong code: the page with its message."),
        new("POST", $"{R}/account/two-factor", "RecoveryCodes", "/litija/en/account/two-factor", "fallback (signed in)", SignedIn, "New recovery codes are shown once."),

        // JSON API.
        new("GET", "/api/v1/regions/{region:slug}/audit", null, "/api/v1/regions/litija/audit", "region-coordinator", [401, 403, 403, 403, 403, 200, 404, 200]),
        new("PUT", "/api/v1/regions/{region:slug}/settings", null, "/api/v1/regions/litija/settings", "region-coordinator", [401, 403, 403, 403, 403, 200, 404, 200]),
        new("POST", "/api/v1/regions/", null, "/api/v1/regions", "platform-admin", [401, 403, 403, 403, 403, 403, 403, 201], "No region in the path: nobody is outside it, so 403 for every signed-in person but the admin."),

        // Another region's staff pages, and public ones (a sample; every public operation opts out explicitly).
        new("GET", $"{R}/manage", null, "/louth/en/manage", "region-staff (another region)", [302, 404, 404, 404, 404, 404, 200, 200]),
        new("GET", $"{R}/manage/settings", null, "/louth/en/manage/settings", "region-coordinator (another region)", [302, 404, 404, 404, 404, 404, 200, 200]),
        new("GET", $"{R}/help/new", null, "/litija/en/help/new", "public", [200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET", $"{R}/services", null, "/litija/en/services", "public", [200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/v1/regions/{region:slug}/help-requests/track/", null, "/api/v1/regions/litija/help-requests/track", "public; 404 without a valid Tracking-Code", [404, 404, 404, 404, 404, 404, 404, 404]),
        new("*", "/health", null, "/health", "public", [200, 200, 200, 200, 200, 200, 200, 200]),
    ];

    public const string BeginMarker = "<!-- generated from AuthorizationTable.cs: do not edit by hand -->";
    public const string EndMarker = "<!-- end of generated table -->";

    /// <summary>The generated part of docs/authorization.md: the people, then one line per row.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(BeginMarker);
        text.AppendLine();
        text.AppendLine("| column | account | who |");
        text.AppendLine("|---|---|---|");
        foreach (var p in People)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {p.Column} | {(p.Email is null ? "none" : $"`{p.Email}`")} | {p.Description} |");
        }

        text.AppendLine();
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| operation | request sent | policy | {string.Join(" | ", People.Select(p => p.Column))} | note |");
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"|---|---|---|{string.Concat(People.Select(_ => "---:|"))}---|");
        foreach (var row in Rows)
        {
            var operation = $"`{row.Method} {row.Route}`" + (row.Handler is null ? "" : $" handler `{row.Handler}`");
            var request = $"`{(row.Method == "*" ? "GET" : row.Method)} {row.Path}{(row.Handler is null ? "" : (row.Path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + row.Handler)}`";
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {operation.Replace("|", "\\|", StringComparison.Ordinal)} | {request.Replace("|", "\\|", StringComparison.Ordinal)} | {row.Policy} | {string.Join(" | ", row.Expected)} | {row.Note} |");
        }

        text.AppendLine();
        text.Append(EndMarker);
        return text.ToString();
    }
}
