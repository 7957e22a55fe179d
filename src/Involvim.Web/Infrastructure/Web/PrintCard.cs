using System.Globalization;
using System.Text;
using QRCoder;

namespace Involvim.Web.Infrastructure.Web;

/// <summary>
/// Short, stable addresses for printed pages and posters: <c>/{region}/s/{code}</c>, where the code is 10 Crockford
/// base32 characters of the record's id (its random part, 50 bits). The address picks the reader's language itself.
/// </summary>
public static class ShortLinks
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string Code(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        ulong tail = 0;
        for (var i = 8; i < 16; i++)
        {
            tail = (tail << 8) | bytes[i];
        }

        var text = new StringBuilder(10);
        for (var i = 0; i < 10; i++)
        {
            text.Insert(0, Alphabet[(int)(tail & 31)]);
            tail >>= 5;
        }

        return text.ToString();
    }

    public static string Path(string region, Guid id) => $"/{region}/s/{Code(id)}";
}

/// <summary>A QR code as one small inline SVG path (no image request, prints sharp at any size).</summary>
public static class QrCodes
{
    /// <param name="label">The accessible name of the image (e.g. "QR code for …").</param>
    public static string Svg(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        var name = System.Net.WebUtility.HtmlEncode(label);
        return $"<svg class=\"qr\" role=\"img\" aria-label=\"{name}\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}

/// <summary>What a printed service or guide page carries at its end: who, where, how to reach them, where to find it again.</summary>
public sealed record PrintCard(string? Organization, string? Address, string? Phone, string? Email, string ShortUrl, string QrSvg, DateOnly PrintedOn);
