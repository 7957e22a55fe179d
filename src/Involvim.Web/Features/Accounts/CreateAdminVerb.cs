using System.CommandLine;
using System.Net.Mail;
using System.Security.Cryptography;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Cli;
using Involvim.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace Involvim.Web.Features.Accounts;

/// <summary>
/// <c>create-admin --email E</c>: makes a platform administrator. A new account gets a random password,
/// printed once; there are no default passwords. Two-factor sign-in is set up at the first sign-in.
/// </summary>
internal sealed class CreateAdminVerb : ICliVerb
{
    public Command Create(IServiceProvider services)
    {
        var email = new Option<string>("--email") { Required = true, Description = "E-mail address of the administrator" };
        var command = new Command("create-admin", "Create a platform administrator (or promote an existing account).") { email };
        command.SetAction(async (parse, ct) =>
        {
            var address = parse.GetValue(email)!.Trim();
            if (address.Length > 254 || !MailAddress.TryCreate(address, out _))
            {
                throw new CliFailure($"'{address}' is not an e-mail address");
            }

            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();

            var user = await users.FindByEmailAsync(address);
            if (user is not null)
            {
                if (!user.IsPlatformAdmin)
                {
                    user.IsPlatformAdmin = true;
                    Check(await users.UpdateAsync(user));
                    audit.Record("account.platform-admin.granted", nameof(AppUser), user.Id.ToString(), null, actorUserId: null);
                    await db.SaveChangesAsync(ct);
                }

                Console.WriteLine($"create-admin: {address} is a platform administrator (existing account, password unchanged)");
                return 0;
            }

            var password = GeneratePassword();
            user = new AppUser
            {
                UserName = address,
                Email = address,
                EmailConfirmed = true,
                DisplayName = address.Split('@')[0],
                IsPlatformAdmin = true,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, password));
            audit.Record("account.platform-admin.created", nameof(AppUser), user.Id.ToString(), null, actorUserId: null);
            await db.SaveChangesAsync(ct);
            Console.WriteLine($"create-admin: created {address}; initial password (shown once): {password}");
            Console.WriteLine("create-admin: two-factor sign-in will be set up at the first sign-in");
            return 0;
        });
        return command;
    }

    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new CliFailure(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
