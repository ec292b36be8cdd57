using CallCenter.Auditing;
using CallCenter.Calls;
using CallCenter.Customers;
using CallCenter.Entities;
using CallCenter.Identity;
using CallCenter.Interruptions;
using CallCenter.Knowledge;
using CallCenter.Stations;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.EntityFrameworkCore;

/// <summary>
/// The business database (public schema). Global query filters hide soft-deleted rows and, for station-scoped
/// users, every other station's households — enforced here, in the query, whatever the caller asks.
/// </summary>
public sealed class CallCenterDbContext(DbContextOptions<CallCenterDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public DbSet<Household> Households => Set<Household>();
    public DbSet<HouseholdPhone> HouseholdPhones => Set<HouseholdPhone>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<StationCommunity> StationCommunities => Set<StationCommunity>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();
    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();
    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();
    public DbSet<KnowledgeArticleVersion> KnowledgeArticleVersions => Set<KnowledgeArticleVersion>();
    public DbSet<KnowledgeCategory> KnowledgeCategories => Set<KnowledgeCategory>();
    public DbSet<KnowledgeSynonymGroup> KnowledgeSynonymGroups => Set<KnowledgeSynonymGroup>();
    public DbSet<KnowledgeFeedback> KnowledgeFeedback => Set<KnowledgeFeedback>();
    public DbSet<CallRecord> CallRecords => Set<CallRecord>();
    public DbSet<CallRecording> CallRecordings => Set<CallRecording>();
    public DbSet<CallbackTask> CallbackTasks => Set<CallbackTask>();
    public DbSet<VoicePrompt> VoicePrompts => Set<VoicePrompt>();
    public DbSet<HeatingInterruption> HeatingInterruptions => Set<HeatingInterruption>();

    public ICurrentUser CurrentUser { get; } = currentUser;

    // Read by the query filters per context instance; EF parameterizes them, so one compiled query serves everyone.
    private bool IsStationScoped => CurrentUser.IsStationScoped;
    private Guid? ScopedStationId => CurrentUser.ScopedStationId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CallCenterDbContext).Assembly,
            t => t.Namespace == typeof(Configurations.HouseholdConfiguration).Namespace);

        // Ids are made by the application (Guid v7). Telling EF so makes a new child added to a loaded aggregate
        // (a household's new phone) an INSERT; with "generated" keys EF would take it for an existing row and UPDATE.
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
            builder.Entity(entity.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();

        builder.Entity<Household>().HasQueryFilter(h => !h.IsDeleted && (!IsStationScoped || h.StationId == ScopedStationId));
        // Phones carry no filter of their own: they are only ever read through their household (Include or join),
        // whose filter already applies. An EXISTS per phone row would cost the screen pop its index-only speed.
        builder.Entity<Station>().HasQueryFilter(s => !s.IsDeleted);
        builder.Entity<Department>().HasQueryFilter(d => !d.IsDeleted);
        builder.Entity<Team>().HasQueryFilter(t => !t.IsDeleted);
    }
}
