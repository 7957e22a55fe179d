namespace Involvim.Web.Infrastructure.Web;

/// <summary>A long list cut into pages: the page shown (from 1), how many there are, and the address of a page (the <c>_Pager</c> partial).</summary>
public sealed record Pager(int Number, int Pages, Func<int, string> Link)
{
    /// <summary>The pages of <paramref name="count"/> items, <paramref name="size"/> per page, and the asked-for page number brought into range.</summary>
    public static (int Number, int Pages) Of(int count, int size, int asked) =>
        (Math.Clamp(asked, 1, Math.Max(1, (count + size - 1) / size)), Math.Max(1, (count + size - 1) / size));
}
