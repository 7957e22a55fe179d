using System.Globalization;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Matching;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Volunteers;

/// <summary>What a volunteer says about themselves, on sign-up and when editing the profile.</summary>
public sealed class VolunteerProfileInput
{
    public const int LanguageRows = 4;

    public List<string?> LanguageCodes { get; set; } = [];

    public List<string?> LanguageLevels { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    public List<string> Areas { get; set; } = [];

    public List<string> Times { get; set; } = [];

    public int MaxActiveTasks { get; set; } = 2;

    /// <summary><c>yyyy-MM-dd</c> or empty.</summary>
    public string? PausedUntil { get; set; }

    public static VolunteerProfileInput From(VolunteerProfile p) => new()
    {
        LanguageCodes = [.. p.Languages.Select(l => (string?)l.Code)],
        LanguageLevels = [.. p.Languages.Select(l => (string?)l.Level.ToString().ToLowerInvariant())],
        Skills = [.. p.Skills],
        Areas = [.. p.Areas],
        Times = [.. WeeklySlots.Slots(p.AvailableSlots).Select(s => WeeklySlots.Token(s.Day, s.Part))],
        MaxActiveTasks = p.MaxActiveTasks,
        PausedUntil = p.PausedUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Checks the input and, when it is fine, applies it to <paramref name="profile"/>; each problem goes into the
    /// page's model state under <c>Input.{field}</c>. False when anything was wrong (nothing applied).
    /// </summary>
    public bool ApplyTo(VolunteerProfile profile, IReadOnlyList<string> regionAreas, ModelStateDictionary modelState, IStringLocalizer t)
    {
        foreach (var (field, key) in ApplyTo(profile, regionAreas))
        {
            modelState.AddModelError($"Input.{field}", t[key]);
        }

        return modelState.IsValid;
    }

    /// <summary>Checks the input and, when it is fine, applies it to <paramref name="profile"/>; problems as (field, resource key).</summary>
    public List<(string Field, string Key)> ApplyTo(VolunteerProfile profile, IReadOnlyList<string> regionAreas)
    {
        var problems = new List<(string, string)>();
        var languages = new List<VolunteerLanguage>();
        for (var i = 0; i < Math.Min(LanguageCodes.Count, LanguageRows); i++)
        {
            var code = LanguageCodes[i]?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(code))
            {
                continue;
            }

            var levelText = i < LanguageLevels.Count ? LanguageLevels[i] : null;
            if (!MatchLanguages.Offered.Contains(code) || !EnumText.TryParse<LanguageLevel>(levelText, out var level))
            {
                problems.Add((nameof(LanguageCodes), "Volunteer.Error.Languages"));
                break;
            }

            if (languages.All(l => l.Code != code))
            {
                languages.Add(new VolunteerLanguage(code, level));
            }
        }

        if (languages.Count == 0 && !problems.Any(p => p.Item1 == nameof(LanguageCodes)))
        {
            problems.Add((nameof(LanguageCodes), "Volunteer.Error.Languages"));
        }

        var skills = Skills.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList();
        if (skills.Any(s => !Categories.IsKnown(s)))
        {
            problems.Add((nameof(Skills), "Help.Error.Category"));
        }

        var areas = Areas.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (areas.Count > VolunteerLimits.MaxAreas || areas.Any(a => !regionAreas.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add((nameof(Areas), "Help.Error.Area"));
        }

        var slots = 0;
        foreach (var token in Times.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (!WeeklySlots.TryParse(token, out var mask))
            {
                problems.Add((nameof(Times), "Help.Error.Times"));
                break;
            }

            slots |= mask;
        }

        if (MaxActiveTasks is < 1 or > VolunteerLimits.MaxTasks)
        {
            problems.Add((nameof(MaxActiveTasks), "Volunteer.Error.MaxTasks"));
        }

        DateOnly? paused = null;
        if (!string.IsNullOrWhiteSpace(PausedUntil))
        {
            if (DateOnly.TryParseExact(PausedUntil.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                paused = date;
            }
            else
            {
                problems.Add((nameof(PausedUntil), "Volunteer.Error.Date"));
            }
        }

        if (problems.Count == 0)
        {
            profile.Languages = languages;
            profile.Skills = skills;
            profile.Areas = areas.Select(a => regionAreas.First(r => string.Equals(r, a, StringComparison.OrdinalIgnoreCase))).ToList();
            profile.AvailableSlots = slots;
            profile.MaxActiveTasks = MaxActiveTasks;
            profile.PausedUntil = paused;
        }

        return problems;
    }
}

/// <summary>Model of the shared profile fields partial.</summary>
public sealed record VolunteerProfileFieldsModel(VolunteerProfileInput Input, IReadOnlyList<string> Areas);
