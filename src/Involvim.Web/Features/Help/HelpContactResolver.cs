using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Involvim.Web.Features.Help;

/// <summary>Resolves <c>help-request:{id}</c> to the requester's decrypted number when a text is sent; null once erased.</summary>
internal sealed class HelpContactResolver(AppDbContext db, ContactProtector protector) : IRecipientResolver
{
    public const string Prefix = "help-request:";

    public static string Reference(Guid requestId) => Prefix + requestId.ToString("N");

    public bool Handles(string reference) => reference.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task<string?> ResolveAsync(string reference, CancellationToken ct)
    {
        if (!Guid.TryParse(reference[Prefix.Length..], out var id))
        {
            return null;
        }

        var cipher = await db.HelpRequests.IgnoreQueryFilters([AppDbContext.RegionFilter]).AsNoTracking()
            .Where(r => r.Id == id && r.ContactErasedAt == null).Select(r => r.ContactCipher).FirstOrDefaultAsync(ct);
        return protector.Unprotect(cipher);
    }
}
