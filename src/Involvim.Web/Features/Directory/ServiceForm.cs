using System.Globalization;
using System.Text.RegularExpressions;

namespace Involvim.Web.Features.Directory;

/// <summary>
/// A service as staff edit it: the form's input, and also what waits in <see cref="ServiceListing.PendingChange"/>
/// until a coordinator approves it. Texts are for one language (<see cref="TextLanguage"/>).
/// </summary>
public sealed class ServiceForm : Listings.IListingForm
{
    public Guid? OrganizationId { get; set; }

    public string TextLanguage { get; set; } = "";

    public bool MinorEdit { get; set; }

    public string? MinorReason { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Eligibility { get; set; }

    public string? Fees { get; set; }

    public string? HowToApply { get; set; }

    public string? Accessibility { get; set; }

    public List<string> Categories { get; set; } = [];

    public List<string> AccessModes { get; set; } = [];

    /// <summary>Comma-separated ISO codes, e.g. <c>sl, en, uk</c>.</summary>
    public string? Languages { get; set; }

    public bool IsFree { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public List<Guid> LocationIds { get; set; } = [];

    /// <summary>Per weekday (<c>Monday</c>...), e.g. <c>08:00-12:00, 13:00-15:00</c>; empty means closed.</summary>
    public Dictionary<string, string?> Hours { get; set; } = [];

    /// <summary>One date per line: <c>2026-12-24 08:00-12:00 Christmas Eve</c> or <c>2026-12-25 closed</c>.</summary>
    public string? Exceptions { get; set; }

    public string? NewLocationName { get; set; }

    public string? NewLocationAddress { get; set; }

    public string? NewLocationPostalCode { get; set; }

    public string? NewLocationCity { get; set; }
}

/// <summary>Checks a <see cref="ServiceForm"/> and turns hours and exceptions into rules; the one place these rules live.</summary>
public static partial class ServiceFormRules
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Problems as (field, resource key); empty when the form is fine.</summary>
    public static List<(string Field, string Key)> Validate(ServiceForm f)
    {
        var problems = new List<(string, string)>();
        void Check(bool bad, string field, string key)
        {
            if (bad)
            {
                problems.Add((field, key));
            }
        }

        Check(string.IsNullOrWhiteSpace(f.Name), nameof(f.Name), "Validation.Required");
        Check(f.Name?.Length > ServiceLimits.Name, nameof(f.Name), "Validation.TooLong");
        Check(f.Description?.Length > ServiceLimits.LongText, nameof(f.Description), "Validation.TooLong");
        Check(f.Eligibility?.Length > ServiceLimits.ShortText, nameof(f.Eligibility), "Validation.TooLong");
        Check(f.Fees?.Length > ServiceLimits.ShortText, nameof(f.Fees), "Validation.TooLong");
        Check(f.HowToApply?.Length > ServiceLimits.ShortText, nameof(f.HowToApply), "Validation.TooLong");
        Check(f.Accessibility?.Length > ServiceLimits.ShortText, nameof(f.Accessibility), "Validation.TooLong");
        Check(f.Categories.Count == 0 || f.Categories.Count > ServiceListing.MaxCategories, nameof(f.Categories), "ManageServices.Error.Categories");
        Check(f.Categories.Any(c => !Directory.Categories.IsKnown(c)), nameof(f.Categories), "ManageServices.Error.UnknownCategory");
        Check(f.AccessModes.Any(a => !Directory.AccessModes.IsKnown(a)), nameof(f.AccessModes), "Validation.Choose");
        Check(LanguageCodes(f.Languages) is null, nameof(f.Languages), "ManageServices.Error.Languages");
        Check(BadEmail(f.Email), nameof(f.Email), "Validation.Email");
        Check(BadPhone(f.Phone), nameof(f.Phone), "Validation.Phone");
        Check(BadUrl(f.Website), nameof(f.Website), "Validation.Url");
        foreach (var day in Week)
        {
            Check(ParseDay(f.Hours.GetValueOrDefault(day.ToString())) is null, $"Hours[{day}]", "ManageServices.Error.Hours");
        }

        Check(OpeningRules(f) is { } rules && OpeningHours.Problem(rules) is not null, "Hours", "ManageServices.Error.HoursOverlap");
        Check(ParseExceptions(f.Exceptions) is null, nameof(f.Exceptions), "ManageServices.Error.Exceptions");
        var anyNewLocation = !string.IsNullOrWhiteSpace(f.NewLocationName) || !string.IsNullOrWhiteSpace(f.NewLocationAddress);
        Check(anyNewLocation && (string.IsNullOrWhiteSpace(f.NewLocationName) || string.IsNullOrWhiteSpace(f.NewLocationAddress) || string.IsNullOrWhiteSpace(f.NewLocationCity)), nameof(f.NewLocationAddress), "ManageServices.Error.Location");
        Check(f.NewLocationName?.Length > 200 || f.NewLocationAddress?.Length > 200 || f.NewLocationCity?.Length > 100 || f.NewLocationPostalCode?.Length > 20, nameof(f.NewLocationAddress), "Validation.TooLong");
        return problems;
    }

    /// <summary>A contact e-mail address that is given but not an address (or too long).</summary>
    public static bool BadEmail(string? email) => email is { Length: > 0 } e && (e.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(e, out _));

    /// <summary>A contact phone number that is given but has other characters than digits, spaces and + - ( ) /.</summary>
    public static bool BadPhone(string? phone) => phone is { Length: > 0 } p && (p.Length > 40 || !p.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '/'));

    /// <summary>A link that is given but is not an absolute http(s) address of at most 300 characters.</summary>
    public static bool BadUrl(string? url) => url is { Length: > 0 } w && (w.Length > 300 || !Uri.TryCreate(w.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"));

    /// <summary>ISO codes from "sl, en, uk"; null when one is not a language.</summary>
    public static List<string>? LanguageCodes(string? text)
    {
        var codes = (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant())
            .Distinct()
            .ToList();
        return codes.Count > 0 && codes.Count <= 30 && codes.All(LanguageNames.IsKnown) ? codes : null;
    }

    public static List<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> OpeningRules(ServiceForm f) =>
        Week.SelectMany(day => (ParseDay(f.Hours.GetValueOrDefault(day.ToString())) ?? []).Select(r => (day, r.Opens, r.Closes))).ToList();

    /// <summary>"08:00-12:00, 13:00-15:00" → ranges; empty text → none; null when unreadable.</summary>
    public static List<(TimeOnly Opens, TimeOnly Closes)>? ParseDay(string? text)
    {
        var result = new List<(TimeOnly, TimeOnly)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Range().Match(part);
            if (!match.Success ||
                !TimeOnly.TryParseExact(match.Groups[1].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens) ||
                !TimeOnly.TryParseExact(match.Groups[2].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes) ||
                opens >= closes)
            {
                return null;
            }

            result.Add((opens, closes));
        }

        return result.Count > 6 ? null : result;
    }

    public static List<(DateOnly Date, bool Closed, TimeOnly? Opens, TimeOnly? Closes, string? Note)>? ParseExceptions(string? text)
    {
        var result = new List<(DateOnly, bool, TimeOnly?, TimeOnly?, string?)>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = ExceptionLine().Match(line);
            if (!match.Success || !DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return null;
            }

            var note = match.Groups[4].Value.Trim() is { Length: > 0 } n ? n : null;
            if (note?.Length > 200)
            {
                return null;
            }

            if (match.Groups[2].Success)
            {
                result.Add((date, true, null, null, note));
                continue;
            }

            var range = ParseDay(match.Groups[3].Value);
            if (range is not { Count: 1 })
            {
                return null;
            }

            result.Add((date, false, range[0].Opens, range[0].Closes, note));
        }

        return result.Count > 100 || result.GroupBy(r => r.Item1).Any(g => g.Count() > 1) ? null : result;
    }

    /// <summary>The hours of a service as the form shows them.</summary>
    public static Dictionary<string, string?> HoursText(IEnumerable<OpeningRule> rules) =>
        Week.ToDictionary(
            d => d.ToString(),
            d => (string?)string.Join(", ", rules.Where(r => r.Day == d).OrderBy(r => r.Opens).Select(r => $"{r.Opens:HH\\:mm}-{r.Closes:HH\\:mm}")));

    public static string ExceptionsText(IEnumerable<ScheduleException> exceptions) =>
        string.Join('\n', exceptions.OrderBy(e => e.Date).Select(e =>
            $"{e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {(e.Closed || e.Opens is null ? "closed" : $"{e.Opens:HH\\:mm}-{e.Closes:HH\\:mm}")}{(e.Note is null ? "" : " " + e.Note)}"));

    [GeneratedRegex(@"^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})\s+(?:(closed|zaprto|zatvoreno|закрито|закрыто)|(\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}))(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptionLine();
}
