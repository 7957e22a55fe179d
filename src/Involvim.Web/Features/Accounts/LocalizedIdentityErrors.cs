using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Involvim.Web.Features.Accounts;

/// <summary>Identity's error messages in the reader's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Account.Error.Default"]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["Account.Error.PasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), t["Account.Error.PasswordUniqueChars", uniqueChars]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["Account.Error.DuplicateEmail"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["Account.Error.DuplicateEmail"]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["Account.Error.InvalidEmail"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["Account.Error.InvalidEmail"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["Account.Error.InvalidToken"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["Account.Error.PasswordMismatch"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t["Account.Error.Default"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
