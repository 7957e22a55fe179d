namespace Involvim.Web;

/// <summary>
/// Anchor type for the UI strings in <c>Resources/SharedResource.*.resx</c>: one file per language,
/// keys named after the page or component that uses them (<c>Home.Title</c>, <c>Nav.Services</c>).
/// The neutral file is English; every other language must have every key (a test checks).
/// </summary>
public sealed class SharedResource;
