namespace Involvim.Web.Infrastructure.Web;

/// <summary>A long list cut into pages: the page shown (from 1), how many there are, and the address of a page (the <c>_Pager</c> partial).</summary>
public sealed record Pager(int Number, int Pages, Func<int, string> Link)
{
    /// <summary>How many pages <paramref name="count"/> items make, <paramref name="size"/> per page (at least one).</summary>
    public static int Count(int count, int size) => Math.Max(1, (count + size - 1) / size);
}
