using System.CommandLine;
using System.Text.Json;
using Involvim.Web.Features.Regions;
using Involvim.Web.Infrastructure.Cli;
using Involvim.Web.Infrastructure.Data;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Hsds;

/// <summary>What an export wrote: services, and how many of them had a text in another language than asked.</summary>
internal sealed record HsdsExportResult(int Services, int Fallbacks);

/// <summary>Writes a region's published services as a JSON array of fully nested HSDS 3.0 service objects.</summary>
internal sealed class HsdsExporter(AppDbContext db, IStringLocalizer<SharedResource> localizer)
{
    public async Task<HsdsExportResult> ExportAsync(Region region, string language, Stream output, CancellationToken ct)
    {
        var services = await HsdsQueries.LoadAllAsync(db, region.Id, ct);
        // The same fallback as the API: a service without a text in this language is written in the best other one.
        var map = new HsdsMapper(localizer, language, region.DefaultLanguage);
        var items = services.Select(map.FullService).ToList();
        await JsonSerializer.SerializeAsync(output, items, HsdsJson.Indented, ct);
        await output.WriteAsync("\n"u8.ToArray(), ct);
        await output.FlushAsync(ct);
        return new HsdsExportResult(items.Count, map.Fallbacks);
    }
}

/// <summary><c>import-hsds --region R --language L FILE</c> (FILE may be <c>-</c> for standard input).</summary>
internal sealed class ImportHsdsVerb : ICliVerb
{
    public Command Create(IServiceProvider services)
    {
        var region = new Option<string>("--region") { Required = true, Description = "Region slug, e.g. litija" };
        var language = new Option<string>("--language") { Required = true, Description = "Language of the texts in the file, one the region offers, e.g. sl" };
        var file = new Argument<string>("FILE") { Description = "A JSON array of fully nested HSDS 3.0 service objects; - reads standard input" };
        var command = new Command("import-hsds", "Import (upsert) HSDS 3.0 services into a region; all or nothing.") { region, language, file };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var importer = scope.ServiceProvider.GetRequiredService<HsdsImporter>();
            var path = parse.GetValue(file)!;
            try
            {
                var (target, code) = await HsdsRegions.ResolveAsync(db, parse.GetValue(region)!, parse.GetValue(language)!, ct);
                await using var input = Open(path);
                var result = await importer.ImportAsync(target, code, path, input, ct);
                Console.WriteLine(
                    $"import-hsds: {target.Slug} [{code}]: services {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged; " +
                    $"organizations {result.OrganizationsCreated} created, {result.OrganizationsUpdated} updated; " +
                    $"locations {result.LocationsCreated} created, {result.LocationsUpdated} updated" +
                    (result.ChangedAnything ? "" : " (nothing changed)"));
                return 0;
            }
            catch (HsdsFailure failure)
            {
                throw new CliFailure(failure.Message);
            }
        });
        return command;
    }

    private static Stream Open(string path)
    {
        if (path == "-")
        {
            return Console.OpenStandardInput();
        }

        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new HsdsFailure($"{path}: cannot be read: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }
}

/// <summary><c>export-hsds --region R --language L FILE</c> (FILE may be <c>-</c> for standard output).</summary>
internal sealed class ExportHsdsVerb : ICliVerb
{
    public Command Create(IServiceProvider services)
    {
        var region = new Option<string>("--region") { Required = true, Description = "Region slug, e.g. litija" };
        var language = new Option<string>("--language") { Required = true, Description = "Language to write, one the region offers; texts fall back as on the pages" };
        var file = new Argument<string>("FILE") { Description = "Where to write the JSON array (UTF-8); - writes to standard output" };
        var command = new Command("export-hsds", "Export a region's published services as HSDS 3.0 JSON.") { region, language, file };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var exporter = scope.ServiceProvider.GetRequiredService<HsdsExporter>();
            var path = parse.GetValue(file)!;
            try
            {
                var (target, code) = await HsdsRegions.ResolveAsync(db, parse.GetValue(region)!, parse.GetValue(language)!, ct);
                HsdsExportResult result;
                if (path == "-")
                {
                    await using var stdout = Console.OpenStandardOutput();
                    result = await exporter.ExportAsync(target, code, stdout, ct);
                }
                else
                {
                    result = await WriteFileAsync(path, stream => exporter.ExportAsync(target, code, stream, ct));
                }

                var summary = $"export-hsds: {target.Slug} [{code}]: {result.Services} services written to {path}" +
                    (result.Fallbacks > 0 ? $" ({result.Fallbacks} with texts in a fallback language)" : "");
                // With - the JSON owns standard output; the summary goes to standard error.
                await (path == "-" ? Console.Error : Console.Out).WriteLineAsync(summary);
                return 0;
            }
            catch (HsdsFailure failure)
            {
                throw new CliFailure(failure.Message);
            }
        });
        return command;
    }

    /// <summary>Writes beside the target and moves into place, so a failed export never leaves half a file.</summary>
    private static async Task<HsdsExportResult> WriteFileAsync(string path, Func<Stream, Task<HsdsExportResult>> write)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            HsdsExportResult result;
            await using (var stream = File.Create(temporary))
            {
                result = await write(stream);
            }

            File.Move(temporary, path, overwrite: true);
            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new HsdsFailure($"{path}: cannot be written: {ex.Message.ReplaceLineEndings(" ")}");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
