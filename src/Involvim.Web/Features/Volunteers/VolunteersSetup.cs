using Involvim.Web.Features.Accounts;
using Involvim.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Volunteers;

public static class VolunteersSetup
{
    /// <summary>
    /// Volunteer profiles: signing up, the profile and stopping, and the coordinators' vetting pages (Razor Pages in this
    /// folder). The help workflow that offers tasks to volunteers lives in Help and uses these profiles, never the other
    /// way round: what Volunteers needs of it is <see cref="IVolunteerCommitments"/>, which Help provides.
    /// </summary>
    public static WebApplicationBuilder AddVolunteers(this WebApplicationBuilder builder) => builder;

    /// <summary>The volunteers' pages are Razor Pages; nothing else to map yet.</summary>
    public static WebApplication MapVolunteers(this WebApplication app) => app;
}

/// <summary>The signed-in person's volunteer profile.</summary>
public static class VolunteerProfiles
{
    public static Task<VolunteerProfile?> OfAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var userId = user.UserId();
        return db.Volunteers.FirstOrDefaultAsync(v => v.UserId == userId, ct);
    }
}

/// <summary>What a volunteer has taken on in the help workflow, as far as stopping needs to know (provided by Help).</summary>
public interface IVolunteerCommitments
{
    /// <summary>Whether the volunteer has a task accepted or in progress (then they cannot stop yet).</summary>
    Task<bool> HasActiveTasksAsync(VolunteerProfile volunteer, CancellationToken ct);

    /// <summary>Declines the volunteer's open offers with <paramref name="reason"/>, so each moves on to the next candidate; returns how many.</summary>
    Task<int> PassOnPendingOffersAsync(VolunteerProfile volunteer, string reason, CancellationToken ct);
}
