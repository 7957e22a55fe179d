using System.Linq.Expressions;
using Involvim.Web.Features.Accounts;
using Involvim.Web.Features.Directory;
using Involvim.Web.Features.Guides;
using Involvim.Web.Features.Help;
using Involvim.Web.Features.Listings;
using Involvim.Web.Features.Regions;
using Involvim.Web.Features.Search;
using Involvim.Web.Features.Translations;
using Involvim.Web.Features.Volunteers;
using Involvim.Web.Infrastructure.Audit;
using Involvim.Web.Infrastructure.Jobs;
using Involvim.Web.Infrastructure.Outbox;
using Involvim.Web.Infrastructure.Regions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Involvim.Web.Infrastructure.Data;

/// <summary>
/// The one DbContext of the application; features use it directly (no repositories).
/// Migrations are kept per provider; to add one after a model change:
/// <code>
/// dotnet tool restore
/// dotnet ef migrations add NAME --project src/Involvim.Migrations.Sqlite
/// dotnet ef migrations add NAME --project src/Involvim.Migrations.Postgres
/// </code>
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options, RegionContext? regionContext = null)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Name of the query filter that keeps every region-scoped entity inside the current region.</summary>
    public const string RegionFilter = "Region";

    /// <summary>Read by the region query filter at query time; null (no region) matches nothing.</summary>
    public Guid? CurrentRegionId => regionContext?.RegionId;

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<RegionTranslation> RegionTranslations => Set<RegionTranslation>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<RegionRoleAssignment> RoleAssignments => Set<RegionRoleAssignment>();

    public DbSet<ServiceListing> Services => Set<ServiceListing>();

    public DbSet<ServiceTranslation> ServiceTranslations => Set<ServiceTranslation>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<ServiceLocation> ServiceLocations => Set<ServiceLocation>();

    public DbSet<GuidePage> Guides => Set<GuidePage>();

    public DbSet<Features.Events.EventListing> Events => Set<Features.Events.EventListing>();

    public DbSet<Features.Events.EventTranslation> EventTranslations => Set<Features.Events.EventTranslation>();

    public DbSet<Features.Events.EventOccurrence> EventOccurrences => Set<Features.Events.EventOccurrence>();

    public DbSet<Features.Events.EventRegistration> EventRegistrations => Set<Features.Events.EventRegistration>();

    public DbSet<Features.Events.RegionHoliday> RegionHolidays => Set<Features.Events.RegionHoliday>();

    public DbSet<DirectoryChange> DirectoryChanges => Set<DirectoryChange>();

    public DbSet<FailedSearch> FailedSearches => Set<FailedSearch>();

    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<HelpRequest> HelpRequests => Set<HelpRequest>();

    public DbSet<HelpMessage> HelpMessages => Set<HelpMessage>();

    public DbSet<HelpEvent> HelpEvents => Set<HelpEvent>();

    public DbSet<HelpOffer> HelpOffers => Set<HelpOffer>();

    public DbSet<VolunteerProfile> Volunteers => Set<VolunteerProfile>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AppSecret> AppSecrets => Set<AppSecret>();

    public DbSet<Content.ContentRead> ContentReads => Set<Content.ContentRead>();

    public DbSet<TranslatorPair> TranslatorPairs => Set<TranslatorPair>();

    public DbSet<TranslationGoal> TranslationGoals => Set<TranslationGoal>();

    public DbSet<TranslationClaim> TranslationClaims => Set<TranslationClaim>();

    public DbSet<TranslationMemoryEntry> TranslationMemory => Set<TranslationMemoryEntry>();

    public DbSet<TranslationWork> TranslationWork => Set<TranslationWork>();

    public DbSet<Features.Translations.Machine.MachineTranslationSettings> MachineTranslationSettings => Set<Features.Translations.Machine.MachineTranslationSettings>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pendingAudit = ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        if (pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The chain end is read inside the write transaction, after the append lock: staff actions saved at the same
        // moment line up one after the other instead of racing for the same sequence number (ADR 0006, ADR 0014).
        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.LockAsync(this, cancellationToken);
            await AuditChain.LinkAsync(this, pendingAudit, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        using var gate = Database.IsSqlite() ? await SqliteWriteGate.For(Database.GetConnectionString()!).EnterAsync(cancellationToken) : null;
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.LockAsync(this, cancellationToken);
        await AuditChain.LinkAsync(this, pendingAudit, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            // Our entities make their own ids (Guid v7) when constructed; EF must then insert, never assume the row
            // exists. (Identity's user and role ids are left to Identity.)
            if (entityType.ClrType.Assembly == typeof(AppDbContext).Assembly && entityType.ClrType != typeof(AppUser) &&
                entityType.FindPrimaryKey() is { Properties: [{ ClrType: var keyType } key] } && keyType == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }

            if (typeof(IRegionScoped).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(RegionFilter, RegionFilterFor(entityType.ClrType));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite forgets the kind, so it is restored on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private LambdaExpression RegionFilterFor(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        var regionId = Expression.Convert(Expression.Property(entity, nameof(IRegionScoped.RegionId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentRegionId));
        return Expression.Lambda(Expression.Equal(regionId, current), entity);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
