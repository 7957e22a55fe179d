using Involvim.Web.Features.Guides;
using Involvim.Web.Infrastructure.Content;

namespace Involvim.Tests.Infrastructure;

/// <summary>
/// Staleness follows the hash of each source segment, never time (ADR 0015). Integreat marks translations outdated
/// when the source gets a minor edit (its issues #1653, #4284), when a draft is saved (#1864), when a page is moved
/// (#4563) and when a machine translation of another language is added (#4254); each of those is a row below, for a
/// translation in each status. (Drafts, publishing and moving are listing steps: see ListingTranslationStalenessTests.)
/// </summary>
public sealed class TranslationStalenessTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Translator = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();

    private const string P1 = "Vsak otrok ima pravico do vrtca.";
    private const string P2 = "Vpis poteka na občini, prinesite rojstni list.";
    private const string P3 = "Vrtec je odprt od 6. do 16. ure.";

    private static GuideTranslation Text(List<GuideTranslation> list, string language, TranslationStatus status, string title, string body, string? minor = null) =>
        ContentTranslations.Write(list, language, status, Now, () => new GuideTranslation(), row =>
        {
            var changed = row.Title != title || row.BodyMarkdown != body;
            row.Title = title;
            row.BodyMarkdown = body;
            return changed;
        }, Translator, minor);

    private static string Body(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    /// <summary>A Slovenian guide of three paragraphs with a Ukrainian translation in <paramref name="status"/>.</summary>
    private static List<GuideTranslation> Guide(TranslationStatus status)
    {
        var list = new List<GuideTranslation>();
        Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2, P3));
        var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
        var keys = ContentTranslations.View(list, "uk").Select(v => v.Key).ToList();
        var words = new[] { "Садок", "Кожна дитина має право на садок.", "Запис у громаді, візьміть свідоцтво про народження.", "Садок відкритий з 6 до 16." };
        set.Translate("uk", keys.Zip(words), status == TranslationStatus.Machine ? TranslationStatus.Machine : TranslationStatus.Human, Translator, Now);
        if (status == TranslationStatus.Reviewed)
        {
            Assert.Equal(4, set.Approve("uk", keys, Reviewer, Now));
        }

        if (status == TranslationStatus.Outdated)
        {
            Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2, P3 + " Ob sobotah zaprto."));
        }

        Assert.Equal(status, Uk(list).Status);
        return list;
    }

    private static GuideTranslation Uk(List<GuideTranslation> list) => list.Single(t => t.Language == "uk");

    public static TheoryData<string, TranslationStatus, TranslationStatus> Table()
    {
        var data = new TheoryData<string, TranslationStatus, TranslationStatus>();
        foreach (var status in new[] { TranslationStatus.Human, TranslationStatus.Machine, TranslationStatus.Reviewed, TranslationStatus.Outdated })
        {
            // Actions that never change whether a translation is current.
            foreach (var action in new[] { "save-unchanged", "white-space", "reorder", "remove-paragraph", "minor-edit", "translate-other", "machine-other", "review-other", "first-write-again" })
            {
                data.Add(action, status, status);
            }

            // Actions that change the source's meaning: the translation is not current any more.
            data.Add("edit-paragraph", status, TranslationStatus.Outdated);
            data.Add("add-paragraph", status, TranslationStatus.Outdated);
            data.Add("edit-title", status, TranslationStatus.Outdated);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void EveryAction_InEveryStatus(string action, TranslationStatus before, TranslationStatus expected)
    {
        var list = Guide(before);
        var p3 = before == TranslationStatus.Outdated ? P3 + " Ob sobotah zaprto." : P3;
        switch (action)
        {
            case "save-unchanged":
                Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2, p3));
                break;
            case "white-space":
                Text(list, "sl", TranslationStatus.Source, " Vrtec ", "\r\n" + P1.Replace(" ", "  ", StringComparison.Ordinal) + "\r\n\r\n\r\n" + P2 + "\n \n" + p3 + "\n");
                break;
            case "reorder":
                Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(p3, P1, P2));
                Assert.StartsWith("Садок відкритий", Uk(list).BodyMarkdown, StringComparison.Ordinal);
                break;
            case "remove-paragraph":
                Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, p3));
                Assert.DoesNotContain("Запис", Uk(list).BodyMarkdown, StringComparison.Ordinal);
                break;
            case "minor-edit":
                Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2.Replace("občini", "Občini", StringComparison.Ordinal), p3), minor: "velika začetnica");
                break;
            case "translate-other":
                Text(list, "en", TranslationStatus.Human, "Kindergarten", Body("Every child has a right to kindergarten.", "Enrol at the municipality.", "Open 6 to 16."));
                break;
            case "machine-other":
                new TextSet<GuideTranslation>(list, () => new GuideTranslation()).Translate("ar", ContentTranslations.View(list, "ar").Select(v => (v.Key, "نص")), TranslationStatus.Machine, null, Now);
                break;
            case "review-other":
                var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
                set.Translate("en", ContentTranslations.View(list, "en").Select(v => (v.Key, "text " + v.Key)), TranslationStatus.Human, Translator, Now);
                set.Approve("en", ContentTranslations.View(list, "en").Select(v => v.Key).ToList(), Reviewer, Now);
                break;
            case "first-write-again":
                Text(list, "uk", TranslationStatus.Human, Uk(list).Title, Uk(list).BodyMarkdown);
                break;
            case "edit-paragraph":
                Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2 + " Vpis je mogoč tudi po e-pošti.", p3));
                break;
            case "add-paragraph":
                Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2, p3, "Kosilo stane 2 evra."));
                break;
            case "edit-title":
                Text(list, "sl", TranslationStatus.Source, "Vrtec in jasli", Body(P1, P2, p3));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }

        Assert.Equal(expected, Uk(list).Status);
        Assert.Equal(TranslationStatus.Source, list.Single(t => t.Language == "sl").Status);
    }

    [Fact]
    public void EditingOneParagraph_OutdatesOnlyItsSegment_AndKeepsTheOthers()
    {
        var list = Guide(TranslationStatus.Reviewed);
        Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2 + " Vpis je mogoč tudi po e-pošti.", P3));

        var view = ContentTranslations.View(list, "uk");
        Assert.Equal(4, view.Count);
        var changed = Assert.Single(view, v => v.IsOutdated);
        Assert.Equal(P2, changed.TranslatedFrom);
        Assert.StartsWith("Запис у громаді", changed.Translation, StringComparison.Ordinal);
        Assert.All(view.Where(v => v != changed), v => Assert.Equal(TranslationStatus.Reviewed, v.Status));
        Assert.Equal(new TranslationProgress(4, 0, 1, 0, 0, 3), ContentTranslations.Progress(list, "uk"));
        // The outdated translation still shows (better than nothing) until it is translated again.
        Assert.Contains("Запис у громаді", Uk(list).BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewParagraph_IsMissing_AndLeftOutOfTheTranslation()
    {
        var list = Guide(TranslationStatus.Human);
        Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2, P3, "Kosilo stane 2 evra."));

        Assert.Equal(new TranslationProgress(4 + 1, 1, 0, 0, 4, 0), ContentTranslations.Progress(list, "uk"));
        Assert.DoesNotContain("Kosilo", Uk(list).BodyMarkdown, StringComparison.Ordinal);

        var missing = ContentTranslations.View(list, "uk").Single(v => v.IsMissing);
        new TextSet<GuideTranslation>(list, () => new GuideTranslation()).Translate("uk", [(missing.Key, "Обід коштує 2 євро.")], TranslationStatus.Human, Translator, Now);
        Assert.Equal(TranslationStatus.Human, Uk(list).Status);
        Assert.EndsWith("Обід коштує 2 євро.", Uk(list).BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void MinorEdit_IsRecorded_AndUndoingItOutdatesWhatItKept()
    {
        var list = Guide(TranslationStatus.Human);
        Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2.Replace("rojstni", "rojstni ", StringComparison.Ordinal) + "!", P3), minor: "ločilo");

        var edit = Assert.Single(ContentTranslations.MinorEdits(list));
        Assert.Equal("ločilo", edit.Reason);
        Assert.Equal(Translator, edit.By);
        Assert.Single(edit.Changes);
        Assert.Equal(TranslationStatus.Human, Uk(list).Status);

        var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
        Assert.True(set.UndoMinorEdit(edit.Id, Reviewer, Now.AddHours(1)));
        Assert.Equal(TranslationStatus.Outdated, Uk(list).Status);
        Assert.Equal(P2, ContentTranslations.View(list, "uk").Single(v => v.IsOutdated).TranslatedFrom);
        Assert.NotNull(ContentTranslations.MinorEdits(list)[0].UndoneAt);
        Assert.False(set.UndoMinorEdit(edit.Id, Reviewer, Now.AddHours(2)));
    }

    [Fact]
    public void UndoingAMinorEdit_LeavesSegmentsTranslatedSince()
    {
        var list = Guide(TranslationStatus.Human);
        Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2 + "!", P3), minor: "ločilo");
        var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
        var key = ContentTranslations.View(list, "uk")[2].Key;
        set.Translate("uk", [(key, "Запис у громаді!")], TranslationStatus.Human, Translator, Now.AddMinutes(5));

        Assert.True(set.UndoMinorEdit(ContentTranslations.MinorEdits(list)[0].Id, Reviewer, Now.AddHours(1)));
        Assert.Equal(TranslationStatus.Human, Uk(list).Status);
    }

    [Fact]
    public void AReviewer_DoesNotReviewTheirOwnTranslation()
    {
        var list = Guide(TranslationStatus.Human);
        var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
        var keys = ContentTranslations.View(list, "uk").Select(v => v.Key).ToList();
        Assert.Equal(0, set.Approve("uk", keys, Translator, Now));
        Assert.Equal(4, set.Approve("uk", keys, Reviewer, Now));
        Assert.Equal(TranslationStatus.Reviewed, Uk(list).Status);
    }

    [Fact]
    public void MachineDraft_KeepsTheRowMachine_UntilReviewed()
    {
        var list = Guide(TranslationStatus.Machine);
        var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
        var keys = ContentTranslations.View(list, "uk").Select(v => v.Key).ToList();
        set.Approve("uk", keys.Take(2).ToList(), Reviewer, Now);
        Assert.Equal(TranslationStatus.Machine, Uk(list).Status);
        set.Approve("uk", keys, Reviewer, Now);
        Assert.Equal(TranslationStatus.Reviewed, Uk(list).Status);
    }

    [Fact]
    public void TranslationEditedAsAWhole_KeepsUnchangedParagraphs_AndPairsTheEditedOne()
    {
        var list = Guide(TranslationStatus.Reviewed);
        var uk = Uk(list);
        var edited = uk.BodyMarkdown.Replace("з 6 до 16", "з 6:00 до 16:00", StringComparison.Ordinal);
        Text(list, "uk", TranslationStatus.Human, uk.Title, edited);

        var view = ContentTranslations.View(list, "uk");
        Assert.Equal([TranslationStatus.Reviewed, TranslationStatus.Reviewed, TranslationStatus.Reviewed, TranslationStatus.Human], view.Select(v => v.Status!.Value));
        Assert.Contains("16:00", view[3].Translation, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationEditedAsAWhole_WithAMissingParagraph_PairsByWhatItShowed()
    {
        var list = Guide(TranslationStatus.Human);
        Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, "Nov odstavek o kosilu.", P2, P3));
        var uk = Uk(list);
        Assert.Equal(3, TextSegments.Split(uk.BodyMarkdown, true).Count);

        // The translator fixes the last paragraph of what they saw: it stays the translation of the last one.
        Text(list, "uk", TranslationStatus.Human, uk.Title, uk.BodyMarkdown.Replace("з 6 до 16", "з 6:00 до 16:00", StringComparison.Ordinal));
        var view = ContentTranslations.View(list, "uk");
        Assert.True(view[2].IsMissing);
        Assert.Contains("16:00", view[4].Translation, StringComparison.Ordinal);
    }

    [Fact]
    public void TextsFromBeforeSegments_GetThem_CurrentOrOutdatedAsTheirStatusSaid()
    {
        var list = new List<GuideTranslation>
        {
            new() { Language = "sl", Status = TranslationStatus.Source, Title = "Vrtec", BodyMarkdown = Body(P1, P2) },
            new() { Language = "uk", Status = TranslationStatus.Human, Title = "Садок", BodyMarkdown = Body("а", "б") },
            new() { Language = "en", Status = TranslationStatus.Outdated, Title = "Kindergarten", BodyMarkdown = Body("a", "b") },
        };

        Assert.Equal(new TranslationProgress(3, 0, 0, 0, 3, 0), ContentTranslations.Progress(list, "uk"));
        Assert.Equal(new TranslationProgress(3, 0, 3, 0, 0, 0), ContentTranslations.Progress(list, "en"));
        Text(list, "sl", TranslationStatus.Source, "Vrtec", Body(P1, P2));
        Assert.Equal(TranslationStatus.Human, Uk(list).Status);
        Assert.Equal(TranslationStatus.Outdated, list.Single(t => t.Language == "en").Status);
    }

    [Fact]
    public void Split_KeepsMarkdownBlocks_AndHashIgnoresWhiteSpaceAndNormalisation()
    {
        Assert.Equal(["# Naslov", "- a\n- b", "Besedilo"], TextSegments.Split("# Naslov\n\n- a\n- b\n\n\n\nBesedilo\n", paragraphs: true));
        Assert.Equal(TextSegments.Hash("Čas  je\tzlato"), TextSegments.Hash("C\u030Cas je zlato "));
        Assert.NotEqual(TextSegments.Hash("Čas je zlato"), TextSegments.Hash("Čas je srebro"));
        Assert.True(TextSegments.Similarity("Vpis poteka na občini.", "Vpis poteka na občini Litija.") > 0.8);
        Assert.True(TextSegments.Similarity("Vpis poteka na občini.", "Kosilo stane dva evra.") < 0.2);
    }

    [Fact]
    public void EmptyingEveryPart_RemovesTheLanguage_SoReadersGetTheFallbackNotTheSourceUnderAnotherName()
    {
        var list = Guide(TranslationStatus.Human);
        var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
        var keys = ContentTranslations.View(list, "uk").Select(v => v.Key).ToList();

        set.Translate("uk", keys.Take(3).Select(k => (k, "")), TranslationStatus.Human, Translator, Now);
        Assert.Equal(TranslationStatus.Outdated, Uk(list).Status);
        set.Translate("uk", [(keys[3], " ")], TranslationStatus.Human, Translator, Now);

        Assert.DoesNotContain(list, t => t.Language == "uk");
        Assert.True(ContentTranslations.Pick(list, "uk", "sl")!.IsFallback);
    }

    [Fact]
    public void WithdrawingMachineDrafts_TakesOutOnlyUncheckedMachineParts()
    {
        // Ukrainian: a machine draft, of which a person then translated one part and a reviewer checked another.
        var list = Guide(TranslationStatus.Machine);
        var set = new TextSet<GuideTranslation>(list, () => new GuideTranslation());
        var keys = ContentTranslations.View(list, "uk").Select(v => v.Key).ToList();
        set.Translate("uk", [(keys[1], "Кожна дитина має право на дитячий садок.")], TranslationStatus.Human, Translator, Now);
        set.Translate("uk", [(keys[2], "Запис у громаді.")], TranslationStatus.Reviewed, Reviewer, Now);
        // Arabic: wholly a machine draft.
        set.Translate("ar", keys.Select(k => (k, "نص " + k)), TranslationStatus.Machine, null, Now);

        Assert.Equal(6, set.WithdrawMachine(Now));

        var uk = ContentTranslations.View(list, "uk");
        Assert.Equal([null, TranslationStatus.Human, TranslationStatus.Reviewed, null], uk.Select(v => v.Status).ToArray());
        Assert.Equal(TranslationStatus.Outdated, Uk(list).Status);
        Assert.False(ContentTranslations.Pick(list, "uk", "sl")!.IsMachine);
        Assert.DoesNotContain(list, t => t.Language == "ar");
        Assert.Equal(Body(P1, P2, P3), list.Single(t => t.Language == "sl").BodyMarkdown);
        Assert.Equal(0, set.WithdrawMachine(Now));
    }
}
