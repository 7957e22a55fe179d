using System.Text.Json;
using System.Text.Json.Nodes;

namespace Involvim.Web.Features.Listings;

/// <summary>One field of a proposal that differs from what is published: its label, the value now and the value proposed.</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>What a coordinator sees before approving: who proposed it, when, and the change field by field.</summary>
public sealed record ProposalView(string ProposedBy, DateTime? ProposedAt, string TextLanguage, IReadOnlyList<FieldChange> Changes);

/// <summary>The publication steps shared by every kind of listing.</summary>
public static class Review
{
    /// <summary>
    /// The fields (in the order given, with their labels) whose values differ between the published form and the
    /// proposed one. <paramref name="show"/> turns a field's JSON value into words (null = the plain value), so codes
    /// become labels and ids become names.
    /// </summary>
    public static IReadOnlyList<FieldChange> Changes<TForm>(TForm current, TForm proposed, IReadOnlyList<(string Property, string Label)> fields, Func<string, JsonNode?, string?> show)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(show);
        var before = JsonSerializer.SerializeToNode(current) as JsonObject ?? [];
        var after = JsonSerializer.SerializeToNode(proposed) as JsonObject ?? [];
        var changes = new List<FieldChange>();
        foreach (var (property, label) in fields)
        {
            var old = Normalize(before[property]);
            var @new = Normalize(after[property]);
            if (!JsonNode.DeepEquals(old, @new))
            {
                changes.Add(new FieldChange(label, show(property, old) ?? Plain(old), show(property, @new) ?? Plain(@new)));
            }
        }

        return changes;
    }

    /// <summary>
    /// What a coordinator reviews for any kind of listing: who proposed (by name) and when, and the fields that differ
    /// between the published form and the proposal. Codes in lists of categories become their labels.
    /// </summary>
    public static async Task<ProposalView> ViewAsync<TForm>(
        Infrastructure.Data.AppDbContext db, IListing item, TForm published, TForm proposed, string textLanguage,
        IReadOnlyList<(string Property, string Label)> fields, Func<string, JsonNode?, string?> show, Microsoft.Extensions.Localization.IStringLocalizer t, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        string? ShowWithCategories(string property, JsonNode? value) => show(property, value) ?? (property, value) switch
        {
            ("Categories", JsonArray codes) => string.Join(", ", codes.Select(c => t[$"Category.{c}"].Value)),
            _ => null,
        };

        var proposer = item.PendingChangeBy is { } id
            ? await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Users.Where(u => u.Id == id).Select(u => u.DisplayName), ct) ?? "?"
            : "?";
        return new ProposalView(proposer, item.PendingChangeAt, textLanguage, Changes(published, proposed, fields, ShowWithCategories));
    }

    /// <summary>
    /// The value as it matters to readers: empty strings, empty lists and null are the same "nothing", the order of a
    /// list of codes does not matter (categories), and a map's empty entries and key order do not matter (hours).
    /// </summary>
    private static JsonNode? Normalize(JsonNode? value)
    {
        switch (value)
        {
            case JsonValue v when v.TryGetValue<string>(out var text):
                return string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create(text.Trim());
            case JsonArray a:
                var items = a.Select(Normalize).Where(i => i is not null).ToList();
                return items.Count == 0 ? null : new JsonArray([.. items.OrderBy(i => i!.ToJsonString(), StringComparer.Ordinal)]);
            case JsonObject o:
                var members = o.Select(p => (p.Key, Value: Normalize(p.Value))).Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                if (members.Count == 0)
                {
                    return null;
                }

                var result = new JsonObject();
                foreach (var (key, member) in members)
                {
                    result[key] = member;
                }

                return result;
            default:
                return value?.DeepClone();
        }
    }

    private static string Plain(JsonNode? value) => value switch
    {
        null => "—",
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonArray a => string.Join(", ", a.Select(Plain)),
        JsonObject o => string.Join("; ", o.Where(p => Normalize(p.Value) is not null).Select(p => $"{p.Key}: {Plain(p.Value)}")),
        _ => value.ToJsonString(),
    };

    public static void Propose<TForm>(IListing item, TForm form, Guid actor, DateTime now)
    {
        item.PendingChange = JsonSerializer.Serialize(form);
        item.PendingChangeBy = actor;
        item.PendingChangeAt = now;
    }

    public static TForm? Proposal<TForm>(IListing item)
        where TForm : class =>
        item.PendingChange is null ? null : JsonSerializer.Deserialize<TForm>(item.PendingChange);

    public static void Publish(IListing item)
    {
        item.Status = PublicationStatus.Published;
        ClearProposal(item);
    }

    /// <summary>Drops the proposal; a listing that was only ever a proposal goes back to draft.</summary>
    public static void Reject(IListing item)
    {
        ClearProposal(item);
        if (item.Status == PublicationStatus.Pending)
        {
            item.Status = PublicationStatus.Draft;
        }
    }

    public static void ClearProposal(IListing item)
    {
        item.PendingChange = null;
        item.PendingChangeBy = null;
        item.PendingChangeAt = null;
    }
}
