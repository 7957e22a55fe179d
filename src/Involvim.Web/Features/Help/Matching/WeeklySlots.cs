namespace Involvim.Web.Features.Help.Matching;

public enum DayPart
{
    Morning = 0,
    Afternoon = 1,
    Evening = 2,
}

public enum LanguageLevel
{
    Basic = 1,
    Fluent = 2,
    Native = 3,
}

public static class WeeklySlots
{
    public const int All = (1 << 21) - 1;

    public static int Bit(DayOfWeek day, DayPart part) => 1 << ((((int)day + 6) % 7 * 3) + (int)part);

    public static bool Contains(int mask, DayOfWeek day, DayPart part) => (mask & Bit(day, part)) != 0;

    private static readonly DayOfWeek[] Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static IEnumerable<(DayOfWeek Day, DayPart Part)> Slots(int mask)
    {
        foreach (var day in Days)
        {
            foreach (var part in Enum.GetValues<DayPart>())
            {
                if (Contains(mask, day, part))
                {
                    yield return (day, part);
                }
            }
        }
    }

    public static string Format(int mask) => string.Join(',', Slots(mask).Select(s => Token(s.Day, s.Part)));

    public static string Token(DayOfWeek day, DayPart part) => day.ToString()[..3].ToLowerInvariant() + "-" + part.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out int mask)
    {
        mask = 0;
        foreach (var token in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = Slots(All).Where(s => Token(s.Day, s.Part) == token).Select(s => Bit(s.Day, s.Part)).FirstOrDefault();
            if (found == 0)
            {
                mask = 0;
                return false;
            }

            mask |= found;
        }

        return true;
    }
}
