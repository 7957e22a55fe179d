using System.Net.Mail;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Matching;
using Involvim.Web.Infrastructure.Data;

namespace Involvim.Web.Features.Help;

/// <summary>A help request as the form and the JSON API send it; checked by <see cref="HelpRequestRules"/>.</summary>
public sealed class HelpRequestInput
{
    public string? Category { get; set; }

    public string? Description { get; set; }

    /// <summary>ISO codes, the preferred first.</summary>
    public List<string> Languages { get; set; } = [];

    public string? Area { get; set; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string? Urgency { get; set; }

    /// <summary>Preferred times as tokens such as <c>mon-evening</c>.</summary>
    public List<string> Times { get; set; } = [];

    /// <summary><c>phone</c>, <c>whatsapp</c>, <c>viber</c>, <c>signal</c>, <c>email</c> or <c>none</c>.</summary>
    public string? ContactMethod { get; set; }

    public string? ContactValue { get; set; }

    public bool ShareContact { get; set; }

    public bool Consent { get; set; }
}

/// <summary>What a valid <see cref="HelpRequestInput"/> means.</summary>
public sealed record HelpRequestData(
    string Category,
    string Description,
    IReadOnlyList<string> Languages,
    string? Area,
    HelpUrgency Urgency,
    int PreferredSlots,
    ContactMethod ContactMethod,
    string? ContactValue,
    bool ShareContact);

/// <summary>The one place the rules for a help request live (web form and JSON API).</summary>
public static class HelpRequestRules
{
    /// <summary>Languages a requester can choose (the same a volunteer can say they speak).</summary>
    public static IReadOnlyList<string> OfferedLanguages => Matching.MatchLanguages.Offered;

    public static readonly IReadOnlyList<string> ContactMethods = ["none", "phone", "whatsapp", "viber", "signal", "email"];

    public static readonly IReadOnlyList<string> Urgencies = ["low", "normal", "high"];

    public static (HelpRequestData? Data, List<(string Field, string Key)> Problems) Check(HelpRequestInput input, IReadOnlyList<string> regionAreas)
    {
        var problems = new List<(string, string)>();
        void Check(bool bad, string field, string key)
        {
            if (bad)
            {
                problems.Add((field, key));
            }
        }

        var category = input.Category?.Trim();
        Check(string.IsNullOrEmpty(category), nameof(input.Category), "Validation.Required");
        Check(!string.IsNullOrEmpty(category) && !Categories.IsKnown(category), nameof(input.Category), "Help.Error.Category");

        var description = input.Description?.Trim() ?? "";
        Check(description.Length == 0, nameof(input.Description), "Validation.Required");
        Check(description.Length > HelpLimits.Description, nameof(input.Description), "Validation.TooLong");

        var languages = Languages(input.Languages);
        Check(languages is null, nameof(input.Languages), "Help.Error.Languages");

        var area = string.IsNullOrWhiteSpace(input.Area) ? null : input.Area.Trim();
        Check(area is not null && (area.Length > HelpLimits.Area || (regionAreas.Count > 0 && !regionAreas.Contains(area, StringComparer.OrdinalIgnoreCase))), nameof(input.Area), "Help.Error.Area");
        area = area is null ? null : regionAreas.FirstOrDefault(a => string.Equals(a, area, StringComparison.OrdinalIgnoreCase)) ?? area;

        HelpUrgency urgency = HelpUrgency.Normal;
        Check(!string.IsNullOrEmpty(input.Urgency) && !EnumText.TryParse(input.Urgency, out urgency), nameof(input.Urgency), "Help.Error.Urgency");

        var slots = 0;
        foreach (var token in input.Times.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (WeeklySlots.TryParse(token, out var mask))
            {
                slots |= mask;
            }
            else
            {
                problems.Add((nameof(input.Times), "Help.Error.Times"));
                break;
            }
        }

        var method = Help.ContactMethod.None;
        var methodText = string.IsNullOrWhiteSpace(input.ContactMethod) ? "none" : input.ContactMethod.Trim();
        Check(!EnumText.TryParse(methodText, out method) || !ContactMethods.Contains(methodText.ToLowerInvariant()), nameof(input.ContactMethod), "Help.Error.ContactMethod");
        var contact = input.ContactValue?.Trim();
        if (method == Help.ContactMethod.None)
        {
            contact = null;
        }
        else if (string.IsNullOrEmpty(contact))
        {
            problems.Add((nameof(input.ContactValue), "Help.Error.ContactMissing"));
        }
        else if (method == Help.ContactMethod.Email)
        {
            Check(contact.Length > HelpLimits.Contact || !MailAddress.TryCreate(contact, out var parsed) || !string.Equals(parsed.Address, contact, StringComparison.OrdinalIgnoreCase), nameof(input.ContactValue), "Validation.Email");
        }
        else
        {
            contact = NormalizePhone(contact);
            Check(contact is null, nameof(input.ContactValue), "Validation.Phone");
        }

        Check(!input.Consent, nameof(input.Consent), "Help.Error.Consent");

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new HelpRequestData(category!, description, languages!, area, urgency, slots, method, contact, input.ShareContact && contact is not null), problems);
    }

    /// <summary>The requester's languages in order, without blanks and repeats; null unless 1 to 5 known codes.</summary>
    public static List<string>? Languages(IEnumerable<string?> codes)
    {
        var languages = codes.Select(l => l?.Trim().ToLowerInvariant()).Where(l => !string.IsNullOrEmpty(l)).Select(l => l!).Distinct().ToList();
        return languages.Count is 0 or > HelpLimits.MaxLanguages || languages.Any(l => !OfferedLanguages.Contains(l)) ? null : languages;
    }

    /// <summary>A phone number as <c>+38640123456</c>: 6 to 15 digits, an optional leading +, and the usual separators; null when it is not one.</summary>
    public static string? NormalizePhone(string text)
    {
        if (text.Length > 30)
        {
            return null;
        }

        var digits = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0)
            {
                digits.Append('+');
            }
            else if (c is not (' ' or '-' or '(' or ')' or '/' or '.'))
            {
                return null;
            }
        }

        var count = digits.ToString().TrimStart('+').Length;
        return count is >= 6 and <= 15 ? digits.ToString() : null;
    }
}
