using Involvim.Web.Infrastructure.Localization;
using Involvim.Web.Infrastructure.Outbox;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts;

/// <summary>Account e-mails, written in the recipient's language and queued in the outbox.</summary>
public sealed class AccountMail(EmailOutbox outbox, IStringLocalizer<SharedResource> t, PublicLinks links)
{
    public void PasswordReset(string to, string language, string resetPath, Guid? regionId)
    {
        using var _ = new CultureScope(language);
        var link = Absolute(resetPath);
        outbox.Enqueue(to, t["Mail.PasswordReset.Subject"], $"{t["Mail.PasswordReset.Body"]}\n\n{link}\n\n{t["Mail.PasswordReset.Ignore"]}\n", "password-reset", regionId);
    }

    public void Invitation(string to, string language, string regionName, string roleName, string acceptPath, Guid regionId)
    {
        using var _ = new CultureScope(language);
        var link = Absolute(acceptPath);
        outbox.Enqueue(
            to,
            t["Mail.Invitation.Subject", regionName],
            $"{t["Mail.Invitation.Body", regionName, roleName]}\n\n{link}\n\n{t["Mail.Invitation.Expiry", StaffInvitation.Lifetime.Days]}\n",
            "staff-invitation",
            regionId);
    }

    private string Absolute(string path) => links.Absolute(path);
}
