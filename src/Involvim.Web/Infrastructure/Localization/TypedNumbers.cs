using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Infrastructure.Localization;

/// <summary>What went wrong with a typed number.</summary>
public enum TypedNumberProblem
{
    None,
    NotANumber,

    /// <summary>"1.000" or "1,000": a thousands separator or a decimal mark? We ask instead of guessing.</summary>
    Ambiguous,
}

/// <summary>
/// Reads the numbers people type, in every UI culture: "2.5" and "2,5" are both two and a half (a form on a phone in
/// Slovenian, a browser that sends "2.5", a person who writes as at home), Arabic-Indic and Persian digits count, a
/// single separator followed by exactly three digits ("1.000") is refused as ambiguous instead of read as a
/// thousand in one culture and one in another. With both separators, the last is the decimal mark ("1.000,5").
/// </summary>
public static class TypedNumbers
{
    public static TypedNumberProblem TryParse(string? text, out decimal value)
    {
        value = 0;
        var normal = Normalize(text);
        if (normal.Length == 0)
        {
            return TypedNumberProblem.NotANumber;
        }

        var sign = 1;
        if (normal[0] is '-' or '+')
        {
            sign = normal[0] == '-' ? -1 : 1;
            normal = normal[1..];
        }

        if (normal.Length == 0 || normal.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ',')) || !char.IsAsciiDigit(normal[^1]))
        {
            return TypedNumberProblem.NotANumber;
        }

        var lastDot = normal.LastIndexOf('.');
        var lastComma = normal.LastIndexOf(',');
        string integral;
        string fraction;
        if (lastDot >= 0 && lastComma >= 0)
        {
            // Both: the last one is the decimal mark, the other one groups thousands (in groups of three).
            var mark = Math.Max(lastDot, lastComma);
            var group = mark == lastDot ? ',' : '.';
            integral = normal[..mark];
            fraction = normal[(mark + 1)..];
            if (fraction.Contains(group, StringComparison.Ordinal) || integral.Contains(normal[mark], StringComparison.Ordinal) || !GroupsOfThree(integral, group))
            {
                return TypedNumberProblem.NotANumber;
            }

            integral = integral.Replace(group.ToString(), "", StringComparison.Ordinal);
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var separator = lastDot >= 0 ? '.' : ',';
            var count = normal.Count(c => c == separator);
            if (count > 1)
            {
                // "1.000.000": only a thousands separator can repeat.
                if (!GroupsOfThree(normal, separator))
                {
                    return TypedNumberProblem.NotANumber;
                }

                integral = normal.Replace(separator.ToString(), "", StringComparison.Ordinal);
                fraction = "";
            }
            else
            {
                var at = normal.IndexOf(separator, StringComparison.Ordinal);
                integral = normal[..at];
                fraction = normal[(at + 1)..];
                if (fraction.Length == 3 && integral.Length is > 0 and <= 3 && integral[0] != '0')
                {
                    return TypedNumberProblem.Ambiguous;
                }
            }
        }
        else
        {
            integral = normal;
            fraction = "";
        }

        if (integral.Length == 0)
        {
            integral = "0";
        }

        var invariant = fraction.Length == 0 ? integral : integral + "." + fraction;
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return TypedNumberProblem.NotANumber;
        }

        value = sign * parsed;
        return TypedNumberProblem.None;
    }

    /// <summary>Western digits, no spaces (also thin and no-break spaces used as group separators), "٫" as a decimal mark.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c is >= '\u0660' and <= '\u0669')
            {
                builder.Append((char)('0' + (c - '\u0660')));
            }
            else if (c is >= '\u06F0' and <= '\u06F9')
            {
                builder.Append((char)('0' + (c - '\u06F0')));
            }
            else if (c is '\u066B')
            {
                builder.Append('.');
            }
            else if (c is '\u066C' or '\'' or '’' || char.IsWhiteSpace(c))
            {
                // Arabic thousands separator, Swiss apostrophe, spaces: grouping only.
            }
            else if (c is '−')
            {
                builder.Append('-');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool GroupsOfThree(string number, char separator)
    {
        var parts = number.Split(separator);
        return parts[0].Length is > 0 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }

    /// <summary>The message for a problem, in the current culture (the example uses its decimal mark).</summary>
    public static string Message(TypedNumberProblem problem, string attempted, IStringLocalizer t) => problem == TypedNumberProblem.Ambiguous
        ? t["Validation.NumberAmbiguous", attempted, CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator]
        : t["Validation.Number"];
}

/// <summary>Binds decimal, double, float, int and long form values (and their nullable forms) with <see cref="TypedNumbers"/>.</summary>
public sealed class TypedNumberModelBinderProvider : IModelBinderProvider
{
    private static readonly HashSet<Type> Types = [typeof(decimal), typeof(double), typeof(float), typeof(int), typeof(long)];

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return Types.Contains(type) && !context.Metadata.IsComplexType ? new Binder(type) : null;
    }

    private sealed class Binder(Type type) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            var text = result.FirstValue;
            if (string.IsNullOrWhiteSpace(text))
            {
                // Empty: null for a nullable, otherwise the [Required]/binding rules speak.
                if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
                {
                    bindingContext.Result = ModelBindingResult.Success(null);
                }

                return Task.CompletedTask;
            }

            var problem = TypedNumbers.TryParse(text, out var value);
            object? converted = null;
            if (problem == TypedNumberProblem.None)
            {
                try
                {
                    converted = type == typeof(decimal) ? value
                        : type == typeof(double) ? (double)value
                        : type == typeof(float) ? (float)value
                        : type == typeof(int) ? decimal.ToInt32(decimal.Truncate(value)) == value ? decimal.ToInt32(value) : null
                        : decimal.ToInt64(decimal.Truncate(value)) == value ? decimal.ToInt64(value) : null;
                }
                catch (OverflowException)
                {
                    converted = null;
                }

                problem = converted is null ? TypedNumberProblem.NotANumber : problem;
            }

            if (problem != TypedNumberProblem.None)
            {
                var t = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, TypedNumbers.Message(problem, text, t));
                return Task.CompletedTask;
            }

            bindingContext.Result = ModelBindingResult.Success(converted);
            return Task.CompletedTask;
        }
    }
}
