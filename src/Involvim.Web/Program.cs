using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Demo;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Events;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Hsds;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Manage;
using Involvim.Web.Features.Regions;
using Involvim.Web.Features.Search;
using Involvim.Web.Features.Translations;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Cli;
using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Telemetry;
using Involvim.Web.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(CliVerbs.HostArguments(args));
builder.AddObservability();
builder.AddDatabase();
builder.AddOutboxAndJobs();
builder.AddWebPlatform();
builder.AddRegions();
builder.AddAccounts();
builder.AddTranslations();
builder.AddListings();
builder.AddDirectory();
builder.AddGuides();
builder.AddEvents();
builder.AddSearch();
builder.AddDemo();
builder.AddHsds();
builder.AddVolunteers();
builder.AddHelp();

var app = builder.Build();
if (await app.RunCliVerbAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseWebPlatform();
app.UseRegionRouting();
app.UseEndpointPlatform();
app.MapPlatform();
app.MapRegions();
app.MapAccounts();
app.MapManage();
app.MapHsds();
app.MapSearch();
app.MapVolunteers();
app.MapHelp();
app.MapEvents();

await app.PrepareDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
