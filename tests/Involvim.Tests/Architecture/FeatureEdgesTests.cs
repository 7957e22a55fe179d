namespace Involvim.Tests.Architecture;

/// <summary>
/// Feature edges point one way (ADR 0014). The table says which feature may use which; the compiled assembly (its
/// types and compiled views, read with Mono.Cecil) may have no other edge, so a new cycle or a shortcut fails the
/// build. Infrastructure is below every feature and is not in the table (except that the DbContext lists every
/// feature's entities).
/// </summary>
public sealed class FeatureEdgesTests
{
    /// <summary>Lower features first; each may use only those it lists.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Errors"] = [],
        ["ApiDocs"] = [],
        ["Regions"] = [],
        ["Matching"] = [],
        ["Home"] = ["Regions"],
        ["Accounts"] = ["Regions"],
        ["Translations"] = ["Accounts", "Regions"],
        ["Listings"] = ["Accounts", "Regions", "Translations"],
        ["Directory"] = ["Accounts", "Listings", "Regions", "Translations"],
        ["Guides"] = ["Accounts", "Directory", "Listings", "Regions"],
        ["Events"] = ["Accounts", "Directory", "Listings", "Regions", "Translations"],
        ["Search"] = ["Accounts", "Directory", "Guides", "Listings", "Regions"],
        ["Hsds"] = ["Accounts", "Directory", "Listings", "Regions", "Search"],
        ["Volunteers"] = ["Accounts", "Directory", "Matching", "Regions"],
        ["Help"] = ["Accounts", "Directory", "Matching", "Regions", "Translations", "Volunteers"],
        ["Manage"] = ["Accounts", "Directory", "Events", "Guides", "Help", "Listings", "Regions", "Search", "Volunteers"],
        ["Shared"] = ["Accounts", "Directory", "Help", "Listings", "Matching", "Regions"],
        ["Demo"] = ["Accounts", "Directory", "Events", "Guides", "Help", "Hsds", "Listings", "Matching", "Regions", "Search", "Translations", "Volunteers"],
    };

    private static IReadOnlyDictionary<(string From, string To), string> Edges() =>
        FeatureGraph.Edges(typeof(Involvim.Web.SharedResource).Assembly.Location);

    [Fact]
    public void EveryEdgeBetweenFeatures_IsInTheTable()
    {
        var edges = Edges();
        Assert.True(edges.Count > 20, $"only {edges.Count} edges were found: the reader does not see the assembly");
        var unknownFeatures = edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Where(f => !Allowed.ContainsKey(f)).ToList();
        Assert.True(unknownFeatures.Count == 0, "Features missing from FeatureEdgesTests.Allowed: " + string.Join(", ", unknownFeatures));
        var forbidden = edges.Where(e => !Allowed[e.Key.From].Contains(e.Key.To)).Select(e => $"{e.Key.From} → {e.Key.To}: {e.Value}").ToList();
        Assert.True(forbidden.Count == 0, "Edges the table does not allow:\n" + string.Join('\n', forbidden));
    }

    [Fact]
    public void TheTable_HasNoCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Cycle(string feature, Stack<string> path)
        {
            if (state.TryGetValue(feature, out var s))
            {
                return s == 1;
            }

            state[feature] = 1;
            path.Push(feature);
            foreach (var next in Allowed[feature])
            {
                if (Cycle(next, path))
                {
                    return true;
                }
            }

            path.Pop();
            state[feature] = 2;
            return false;
        }

        foreach (var feature in Allowed.Keys)
        {
            var path = new Stack<string>();
            Assert.False(Cycle(feature, path), "cycle: " + string.Join(" → ", path.Reverse()));
        }
    }

    [Fact]
    public void TheReader_SeesAViolation()
    {
        // The reader itself: a type of one feature that uses another's is an edge (so the rule above can fail).
        var edges = Edges();
        Assert.Contains(("Help", "Volunteers"), edges.Keys);
        Assert.Contains(("Directory", "Listings"), edges.Keys);
        Assert.DoesNotContain(("Volunteers", "Help"), edges.Keys);
        Assert.DoesNotContain(("Directory", "Search"), edges.Keys);
        Assert.DoesNotContain(("Accounts", "Directory"), edges.Keys);
    }
}
