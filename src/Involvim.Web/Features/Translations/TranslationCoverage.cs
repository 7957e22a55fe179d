using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Content;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Involvim.Web.Features.Translations;

/// <summary>A region's translation target: its most-read guides current in every region language (e.g. the 50 most read, ≥ 95 %).</summary>
public sealed class TranslationGoal : IRegionScoped
{
    public Guid RegionId { get; set; }

    public int TopGuides { get; set; } = 50;

    public int CurrentPercent { get; set; } = 95;

    public DateTime UpdatedAt { get; set; }
}

/// <summary>One language and kind of content: the read-weighted shares of its parts by state, in percent.</summary>
public sealed record CoverageRow(string Language, string Kind, int Items, double Reviewed, double Human, double Machine, double Outdated, double Missing)
{
    /// <summary>Not missing and not outdated (machine drafts count: they translate the current text, and are marked).</summary>
    public double Current => Reviewed + Human + Machine;
}

/// <summary>Whether a language meets the region's target for its most-read guides.</summary>
public sealed record GoalResult(string Language, int Guides, double Current, bool Met);

/// <summary>
/// How far the region's content is in each of its languages (ADR 0015). Each item counts by how much it is read
/// (reads in the last three months, plus one so that unread items still count); within an item, by its parts.
/// </summary>
public sealed class TranslationCoverage(AppDbContext db, TranslationDesk desk, TranslationOverview overview, TimeProvider clock)
{
    public const int ReadMonths = 3;

    public sealed record Result(IReadOnlyList<CoverageRow> Rows, IReadOnlyList<GoalResult> Goal, TranslationGoal Target);

    public async Task<IReadOnlyDictionary<string, long>> ReadsAsync(RegionSnapshot region, CancellationToken ct) =>
        await ContentReadCounter.SinceAsync(db, region.Slug, clock.GetUtcNow().UtcDateTime.AddMonths(-(ReadMonths - 1)), ct);

    public async Task<TranslationGoal> GoalAsync(Guid regionId, CancellationToken ct) =>
        await db.TranslationGoals.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking().FirstOrDefaultAsync(g => g.RegionId == regionId, ct)
        ?? new TranslationGoal { RegionId = regionId };

    public async Task<Result> ComputeAsync(RegionSnapshot region, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(region);
        var reads = await ReadsAsync(region, ct);
        var target = await GoalAsync(region.Id, ct);
        var rows = new List<CoverageRow>();
        var goal = new List<GoalResult>();
        var all = await overview.ItemsAsync(db, desk, region, ct);
        foreach (var kind in desk.Kinds)
        {
            var items = all.Where(i => i.Kind == kind.Code).ToList();
            var topGuides = kind.Code == "guide"
                ? items.OrderByDescending(i => reads.GetValueOrDefault(i.PublicPath)).ThenBy(i => i.Id).Take(target.TopGuides).Select(i => i.Id).ToHashSet()
                : [];
            var progress = items.Select(i => (Item: i, Weight: reads.GetValueOrDefault(i.PublicPath) + 1.0, ByLanguage: i.Languages)).ToList();
            foreach (var language in region.EnabledLanguages)
            {
                double weights = 0, reviewed = 0, human = 0, machine = 0, outdated = 0, missing = 0;
                double topWeights = 0, topCurrent = 0;
                var count = 0;
                foreach (var (item, w, byLanguage) in progress)
                {
                    if (!byLanguage.TryGetValue(language, out var state) || state.Progress is not { Total: > 0 } p)
                    {
                        continue;
                    }

                    count++;
                    weights += w;
                    reviewed += w * p.Reviewed / p.Total;
                    human += w * p.Human / p.Total;
                    machine += w * p.Machine / p.Total;
                    outdated += w * p.Outdated / p.Total;
                    missing += w * p.Missing / p.Total;
                    if (topGuides.Contains(item.Id))
                    {
                        topWeights++;
                        topCurrent += (double)(p.Reviewed + p.Human + p.Machine) / p.Total;
                    }
                }

                if (count == 0)
                {
                    continue;
                }

                rows.Add(new CoverageRow(language, kind.Code, count, Percent(reviewed, weights), Percent(human, weights), Percent(machine, weights), Percent(outdated, weights), Percent(missing, weights)));
                if (topWeights > 0)
                {
                    var current = Percent(topCurrent, topWeights);
                    goal.Add(new GoalResult(language, (int)topWeights, current, current >= target.CurrentPercent));
                }
            }
        }

        return new Result(rows, goal, target);
    }

    private static double Percent(double part, double whole) => whole <= 0 ? 0 : Math.Round(100 * part / whole, 1);
}

internal sealed class TranslationGoalConfiguration : IEntityTypeConfiguration<TranslationGoal>
{
    public void Configure(EntityTypeBuilder<TranslationGoal> builder)
    {
        builder.HasKey(g => g.RegionId);
        builder.HasOne<Region>().WithOne().HasForeignKey<TranslationGoal>(g => g.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
