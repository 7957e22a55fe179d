using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Involvim.Web.Infrastructure.Web;

/// <summary>
/// Ties a field to its error message for screen readers: <c>aria-invalid</c> and <c>aria-describedby</c> on
/// the input, a matching id on the <c>asp-validation-for</c> message. No script involved.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class AccessibleValidationTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    // Run after the framework's helpers, which set id and name.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expression = For ?? ValidationFor;
        if (expression is null)
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", id + "-error");
            return;
        }

        if (hasError)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var existing = output.Attributes.TryGetAttribute("aria-describedby", out var attribute) ? attribute.Value?.ToString() + " " : "";
            output.Attributes.SetAttribute("aria-describedby", existing + id + "-error");
        }
    }
}
