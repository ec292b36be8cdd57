using CallCenter.Acd;
using CallCenter.Auditing;
using CallCenter.Calls;
using CallCenter.Calendars;
using CallCenter.Complaints;
using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.Files;
using CallCenter.Entities;
using CallCenter.Identity;
using CallCenter.Interruptions;
using CallCenter.Knowledge;
using CallCenter.Notifications;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.WorkOrders;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.EntityFrameworkCore;

/// <summary>
/// The business database (public schema). Global query filters hide soft-deleted rows and, for station-scoped
/// users, every other station's households — enforced here, in the query, whatever the caller asks.
/// Instances are pooled (see CallCenterEfServiceCollectionExtensions), so the only constructor argument is the
/// options; the request's user is handed over in <see cref="CurrentUser"/> each time one is rented.
/// </summary>
public sealed class CallCenterDbContext(DbContextOptions<CallCenterDbContext> options)
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
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<DispositionNode> DispositionNodes => Set<DispositionNode>();
    public DbSet<ContactRecord> Contacts => Set<ContactRecord>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    public DbSet<WorkOrderTransition> WorkOrderTransitions => Set<WorkOrderTransition>();
    public DbSet<WorkOrderActionRecord> WorkOrderActions => Set<WorkOrderActionRecord>();
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();
    public DbSet<SupervisionItem> SupervisionItems => Set<SupervisionItem>();
    public DbSet<ComplaintEscalation> ComplaintEscalations => Set<ComplaintEscalation>();
    public DbSet<BusinessCalendar> BusinessCalendars => Set<BusinessCalendar>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<DailySequence> DailySequences => Set<DailySequence>();
    public DbSet<AgentProfile> AcdAgents => Set<AgentProfile>();
    public DbSet<QueueDefinition> AcdQueues => Set<QueueDefinition>();
    public DbSet<AcdSettings> AcdSettings => Set<AcdSettings>();
    public DbSet<QueueEvent> QueueEvents => Set<QueueEvent>();

    /// <summary>Whose data this unit of work sees and stamps. Anonymous until the scope that rents the context sets it.</summary>
    public ICurrentUser CurrentUser { get; set; } = AnonymousCurrentUser.Instance;

    // Read by the query filters per context instance; EF parameterizes them, so one compiled query serves everyone.
    // SystemAccess: workflow activities and background jobs act for the system even inside a scoped user's request.
    private bool IsStationScoped => CurrentUser.IsStationScoped && !SystemAccess.IsActive;
    private Guid? ScopedStationId => CurrentUser.ScopedStationId;
    private bool IsTechnician => CurrentUser.IsTechnician && !SystemAccess.IsActive;
    private Guid? CurrentUserId => CurrentUser.Id;

    /// <summary>
    /// The values the query filters below read, for the few hand-written SQL reads (the screen pop's one-round-trip
    /// batch) that must apply the same scope; a test compares those reads with the filtered LINQ.
    /// </summary>
    public DataScope Scope => new(IsStationScoped, ScopedStationId, IsTechnician, CurrentUserId);

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
        // A station dispatcher sees their station's orders; a technician only the jobs assigned to them.
        builder.Entity<WorkOrder>().HasQueryFilter(w => !w.IsDeleted && (!IsStationScoped || w.StationId == ScopedStationId)
                                                        && (!IsTechnician || w.AssignedTechnicianId == CurrentUserId));
        builder.Entity<ContactRecord>().HasQueryFilter(c => !c.IsDeleted && (!IsStationScoped || c.StationId == ScopedStationId));
        builder.Entity<SupervisionItem>().HasQueryFilter(s => !s.IsDeleted && (!IsStationScoped || s.OwnerStationId == ScopedStationId));
        builder.Entity<DispositionNode>().HasQueryFilter(n => !n.IsDeleted);
        builder.Entity<SlaPolicy>().HasQueryFilter(p => !p.IsDeleted);
        builder.Entity<BusinessCalendar>().HasQueryFilter(c => !c.IsDeleted);
        builder.Entity<QueueDefinition>().HasQueryFilter(q => !q.IsDeleted);
    }
}
