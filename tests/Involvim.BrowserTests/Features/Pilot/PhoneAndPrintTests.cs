using System.Diagnostics;
using Involvim.BrowserTests.Infrastructure;
using Involvim.Web.Features.Listings;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Involvim.BrowserTests.Features.Pilot;

/// <summary>
/// A phone of 360×740 (issue 16, item 21) and paper (item 22): nothing wider than the screen, tap targets of at least
/// 24 px, the title near the top, an error summary that names the fields; a printed service or guide page (Chromium's
/// own PDF, read back by poppler and ZXing, independent of our code) carries the contacts, a short address and a QR
/// code that decodes to it, and the date — and no share block or map address.
/// </summary>
public sealed class PhoneAndPrintTests(BrowserFixture app) : BrowserTest(app)
{
    private async Task PhoneAsync() => await Page.SetViewportSizeAsync(360, 740);

    [Theory]
    [InlineData("uk")]
    [InlineData("sl")]
    [InlineData("ar")]
    public async Task HelpForm_OnAPhone_FitsTheScreen_HasBigTapTargets_AndNamesTheFieldsInTheErrorSummary(string language)
    {
        await PhoneAsync();
        await OpenAsync($"/litija/{language}/help/new");
        Assert.True(await Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "the page is wider than the screen");
        var grid = await Page.Locator("table.slots").BoundingBoxAsync();
        Assert.True(grid!.Width <= 360, $"the time grid is {grid.Width} px wide");
        foreach (var box in new[] { Page.Locator("table.slots input[type=checkbox]").First, Page.Locator("#Input_Consent"), Page.Locator("input[name='Input.Urgency']").First })
        {
            var size = await box.BoundingBoxAsync();
            Assert.True(size!.Width >= 24 && size.Height >= 24, $"a tap target is {size.Width}×{size.Height} px");
        }

        var title = await Page.Locator("main h1").BoundingBoxAsync();
        Assert.True(title!.Y < 260, $"the title starts {title.Y} px down the phone screen");

        await Page.GetByRole(AriaRole.Button, new() { Name = App.Text(language, "Help.New.Submit"), Exact = true }).ClickAsync();
        var summary = Page.Locator(".error-box li");
        Assert.True(await summary.CountAsync() >= 2);
        var texts = await summary.AllInnerTextsAsync();
        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.Contains(texts, t => t.Contains(App.Text(language, "Help.Field.Category").TrimEnd('?', ':', ' '), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("uk")]
    [InlineData("ar")]
    public async Task ServicePage_Printed_CarriesContactsShortAddressQrAndDate_WithoutShareOrMapAddress(string language)
    {
        var (id, phone) = await ServiceWithPhoneAsync();
        await OpenAsync($"/litija/{language}/services/{id}");
        var shortUrl = App.BaseAddress.ToString().TrimEnd('/') + Involvim.Web.Infrastructure.Web.ShortLinks.Path("litija", id);
        var (text, qr) = await PrintAsync();

        Assert.Contains(phone.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(shortUrl, text, StringComparison.Ordinal);
        Assert.Equal(shortUrl, qr);
        Assert.DoesNotContain("openstreetmap", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("whatsapp://", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(App.Text(language, "Service.Share"), text, StringComparison.Ordinal);
        Assert.Contains(DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);

        // The short address opens the page in the reader's language.
        var go = await Page.GotoAsync(shortUrl);
        Assert.Equal(200, go!.Status);
        Assert.Contains($"/services/{id}", Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuidePage_Printed_CarriesWhoToAskShortAddressAndQr()
    {
        var slug = await Scope(async db => await db.Guides.IgnoreQueryFilters().Where(g => g.Status == PublicationStatus.Published).OrderBy(g => g.Slug).Select(g => g.Slug).FirstAsync());
        var id = await Scope(async db => await db.Guides.IgnoreQueryFilters().Where(g => g.Slug == slug).Select(g => g.Id).FirstAsync());
        await OpenAsync($"/litija/uk/guides/{slug}");
        var (text, qr) = await PrintAsync();
        var shortUrl = App.BaseAddress.ToString().TrimEnd('/') + Involvim.Web.Infrastructure.Web.ShortLinks.Path("litija", id);
        Assert.Equal(shortUrl, qr);
        Assert.Contains(shortUrl, text, StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string Phone)> ServiceWithPhoneAsync() => await Scope(async db =>
    {
        var litija = await db.Regions.Where(r => r.Slug == "litija").Select(r => r.Id).SingleAsync();
        var service = await db.Services.IgnoreQueryFilters()
            .Where(s => s.RegionId == litija && s.Status == PublicationStatus.Published && s.Phone != null && s.OpeningRules.Any() && s.Locations.Any())
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Phone }).FirstAsync();
        return (service.Id, service.Phone!);
    });

    private async Task<T> Scope<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Chromium prints the page to PDF; poppler extracts the text and renders page images; ZXing reads the QR code.</summary>
    private async Task<(string Text, string? Qr)> PrintAsync()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("involvim-print-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "page.pdf");
            await Page.EmulateMediaAsync(new() { Media = Media.Print });
            await Page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = false });
            var text = await RunAsync("pdftotext", "-layout", pdf, "-");
            await RunAsync("pdftoppm", "-gray", "-r", "150", pdf, Path.Combine(folder.FullName, "p"));
            string? qr = null;
            foreach (var image in System.IO.Directory.GetFiles(folder.FullName, "p*.pgm").Order(StringComparer.Ordinal))
            {
                qr ??= DecodeQr(image);
            }

            return (text, qr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? DecodeQr(string pgm)
    {
        var bytes = File.ReadAllBytes(pgm);
        // P5 header: "P5\n<width> <height>\n<max>\n", then one byte per pixel.
        var header = new List<string>();
        var position = 0;
        while (header.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            header.Add(System.Text.Encoding.ASCII.GetString(bytes, start, position - start));
        }

        position++;
        var width = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
        var pixels = bytes.AsSpan(position, width * height).ToArray();
        var source = new ZXing.RGBLuminanceSource(pixels, width, height, ZXing.RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new ZXing.QrCode.QRCodeReader();
        var hints = new Dictionary<ZXing.DecodeHintType, object> { [ZXing.DecodeHintType.TRY_HARDER] = true };
        return reader.decode(new ZXing.BinaryBitmap(new ZXing.Common.HybridBinarizer(source)), hints)?.Text;
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start (apt-get install poppler-utils; test.sh installs it).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
