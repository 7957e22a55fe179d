using Involvim.Web.Infrastructure.Data;
using Involvim.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Involvim.Web.Features.Accounts;

public static class AccountsSetup
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        // The security stamp is checked on every signed-in request (one indexed read; the default is every 30 minutes),
        // so sign-out, a new password, a removed role or an erased account end the session at once, everywhere.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "involvim.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/signin";
            o.Events.OnRedirectToLogin = context =>
            {
                if (AccountPaths.IsApi(context.Request.Path))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                    context.Response.Redirect(AccountPaths.SignIn(context.HttpContext, returnUrl));
                }

                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // A plain 403: the localized error page (HTML) or ProblemDetails (JSON) explains it.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "involvim.2fa";
            o.Cookie.SecurePolicy = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o =>
            o.Cookie.SecurePolicy = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);

        services.AddScoped<RegionPermissions>();
        services.AddScoped<IAuthorizationHandler, RegionRoleHandler>();
        services.AddScoped<IAuthorizationHandler, PlatformAdminHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RegionAuthorizationResultHandler>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<AccountMail>();
        services.AddScoped<AccountErasure>();
        services.AddSingleton<Infrastructure.Cli.ICliVerb, CreateAdminVerb>();

        services.AddAuthorizationBuilder()
            // A page or endpoint that forgets its attribute fails closed.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.RegionStaff, p => p.RequireAuthenticatedUser().AddRequirements(new RegionRoleRequirement(Policies.StaffRoles)))
            .AddPolicy(Policies.RegionCoordinator, p => p.RequireAuthenticatedUser().AddRequirements(new RegionRoleRequirement(RegionRole.Coordinator)))
            .AddPolicy(Policies.RegionEditor, p => p.RequireAuthenticatedUser().AddRequirements(new RegionRoleRequirement(Policies.EditorRoles)))
            .AddPolicy(Policies.RegionTranslation, p => p.RequireAuthenticatedUser().AddRequirements(new RegionRoleRequirement(Policies.TranslationRoles)))
            .AddPolicy(Policies.RegionVolunteer, p => p.RequireAuthenticatedUser().AddRequirements(new RegionRoleRequirement(RegionRole.Volunteer)))
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new PlatformAdminRequirement()));

        return builder;
    }
}

public static class AccountsEndpoints
{
    /// <summary>
    /// <c>/account/signin</c> has no region: it forwards to the sign-in page of the region named in the return
    /// address, else of the first region, in the browser's language.
    /// </summary>
    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapGet("/account/signin", async (HttpContext context, Regions.RegionDirectory regions, string? returnUrl) =>
        {
            var all = (await regions.AllAsync(context.RequestAborted)).Where(r => r.IsActive).ToList();
            var safe = AccountPaths.SafeReturnUrl(returnUrl, "");
            var first = safe.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            var region = all.FirstOrDefault(r => string.Equals(r.Slug, first, StringComparison.OrdinalIgnoreCase)) ?? all.FirstOrDefault();
            if (region is null)
            {
                return Results.NotFound();
            }

            // The language of the page the person came from, else the browser's, else the region's.
            var fromPath = safe.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault();
            var language = fromPath is not null && region.Offers(fromPath)
                ? fromPath
                : Infrastructure.Localization.UiLanguages.BestMatch(context.Request.Headers.AcceptLanguage.ToString(), region.EnabledLanguages) ?? region.DefaultLanguage;
            var target = $"/{region.Slug}/{language}/account/signin";
            return Results.Redirect(string.IsNullOrEmpty(safe) ? target : target + "?returnUrl=" + Uri.EscapeDataString(safe));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
