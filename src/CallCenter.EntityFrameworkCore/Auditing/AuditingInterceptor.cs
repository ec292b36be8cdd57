using System.Globalization;
using System.Reflection;
using CallCenter.Entities;
using CallCenter.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCenter.Auditing;

/// <summary>
/// On every save: fills creation/modification fields, turns deletes of soft-delete entities into updates,
/// renews concurrency stamps, and writes an audit log row (who, when, field old → new) for [Audited] entities,
/// with child rows (phones, communities, role memberships) logged on their parent.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    // Fields that change on their own or hold secrets; logging them is noise or a leak.
    private static readonly HashSet<string> IgnoredFields =
    [
        nameof(AuditedAggregateRoot.ConcurrencyStamp), nameof(IAuditedEntity.CreationTime), nameof(IAuditedEntity.CreatorId),
        nameof(IAuditedEntity.LastModificationTime), nameof(IAuditedEntity.LastModifierId), nameof(ISoftDelete.DeletionTime),
        nameof(ISoftDelete.DeleterId), nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp),
        nameof(IdentityUser.NormalizedEmail), nameof(IdentityUser.NormalizedUserName), nameof(IdentityUser.AccessFailedCount),
        "Id",
    ];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Apply(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Apply(context);
        return base.SavingChanges(eventData, result);
    }

    private void Apply(DbContext context)
    {
        var user = context is EntityFrameworkCore.CallCenterDbContext cc ? cc.CurrentUser : AnonymousCurrentUser.Instance;
        var now = clock.GetUtcNow();
        var logs = new Dictionary<(string Type, string Id), AuditLog>();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || entry.Entity is AuditLog) continue;
            var softDeleted = SetAuditFields(entry, user, now);
            var audited = entry.Entity.GetType().GetCustomAttribute<AuditedAttribute>();
            if (audited is not null) LogEntity(entry, audited.EntityType, softDeleted, logs, user, now);
            else if (entry.Entity is IAuditedChild child) LogChild(entry, child, logs, user, now);
            else if (entry.Entity is IdentityUserRole<Guid> membership) LogRoleMembership(context, entry, membership, logs, user, now);
        }
        context.Set<AuditLog>().AddRange(logs.Values.Where(l => l.Changes.Count > 0 || l.Action != AuditAction.Updated));
    }

    /// <summary>Returns true when a delete was turned into a soft delete.</summary>
    private static bool SetAuditFields(EntityEntry entry, ICurrentUser user, DateTimeOffset now)
    {
        if (entry.Entity is IAuditedEntity audited)
        {
            if (entry.State == EntityState.Added)
            {
                audited.CreationTime = now;
                audited.CreatorId ??= user.Id;
            }
            else if (entry.State == EntityState.Modified)
            {
                audited.LastModificationTime = now;
                audited.LastModifierId = user.Id;
            }
        }
        if (entry.Entity is AuditedAggregateRoot root && entry.State == EntityState.Modified)
            root.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        if (entry.State == EntityState.Deleted && entry.Entity is ISoftDelete soft)
        {
            entry.State = EntityState.Modified;
            soft.IsDeleted = true;
            soft.DeletionTime = now;
            soft.DeleterId = user.Id;
            if (entry.Entity is AuditedAggregateRoot deletedRoot) deletedRoot.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            return true;
        }
        return false;
    }

    private static void LogEntity(EntityEntry entry, string type, bool softDeleted,
        Dictionary<(string, string), AuditLog> logs, ICurrentUser user, DateTimeOffset now)
    {
        var action = softDeleted || entry.State == EntityState.Deleted ? AuditAction.Deleted
            : entry.State == EntityState.Added ? AuditAction.Created : AuditAction.Updated;
        var log = LogFor(logs, type, Key(entry), user, now);
        log.Action = action;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (IgnoredFields.Contains(name) || property.Metadata.IsShadowProperty()) continue;
            if (action == AuditAction.Created)
            {
                // A new row's empty and false fields say nothing; list what was actually filled in.
                if (property.CurrentValue is not null and not false && name != nameof(ISoftDelete.IsDeleted))
                    log.Changes.Add(new AuditChange(name, null, Format(property.CurrentValue)));
            }
            else if (action == AuditAction.Updated && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
            {
                log.Changes.Add(new AuditChange(name, Format(property.OriginalValue), Format(property.CurrentValue)));
            }
        }
    }

    private static void LogChild(EntityEntry entry, IAuditedChild child,
        Dictionary<(string, string), AuditLog> logs, ICurrentUser user, DateTimeOffset now)
    {
        var parentType = ParentAuditType(entry);
        if (parentType is null) return;
        var log = LogFor(logs, parentType, child.ParentId.ToString(), user, now);
        switch (entry.State)
        {
            case EntityState.Added: log.Changes.Add(new AuditChange(child.AuditFieldName, null, child.AuditDisplayValue)); break;
            case EntityState.Deleted: log.Changes.Add(new AuditChange(child.AuditFieldName, child.AuditDisplayValue, null)); break;
            case EntityState.Modified:
                var before = entry.OriginalValues.ToObject() as IAuditedChild;
                if (before is not null && before.AuditDisplayValue != child.AuditDisplayValue)
                    log.Changes.Add(new AuditChange(child.AuditFieldName, before.AuditDisplayValue, child.AuditDisplayValue));
                break;
        }
    }

    private static void LogRoleMembership(DbContext context, EntityEntry entry, IdentityUserRole<Guid> membership,
        Dictionary<(string, string), AuditLog> logs, ICurrentUser user, DateTimeOffset now)
    {
        var role = context.Set<AppRole>().Local.FirstOrDefault(r => r.Id == membership.RoleId)
                   ?? context.Set<AppRole>().Find(membership.RoleId);
        var roleName = role?.Name ?? membership.RoleId.ToString();
        var log = LogFor(logs, "User", membership.UserId.ToString(), user, now);
        if (entry.State == EntityState.Added) log.Changes.Add(new AuditChange("Role", null, roleName));
        else if (entry.State == EntityState.Deleted) log.Changes.Add(new AuditChange("Role", roleName, null));
    }

    private static string? ParentAuditType(EntityEntry entry)
    {
        var parent = entry.Metadata.GetForeignKeys().Select(fk => fk.PrincipalEntityType.ClrType)
            .Select(t => t.GetCustomAttribute<AuditedAttribute>()).FirstOrDefault(a => a is not null);
        return parent?.EntityType;
    }

    private static AuditLog LogFor(Dictionary<(string, string), AuditLog> logs, string type, string id, ICurrentUser user, DateTimeOffset now)
    {
        if (!logs.TryGetValue((type, id), out var log))
        {
            log = new AuditLog { Time = now, UserId = user.Id, UserName = user.UserName, EntityType = type, EntityId = id, Action = AuditAction.Updated };
            logs[(type, id)] = log;
        }
        return log;
    }

    private static string Key(EntityEntry entry) =>
        Format(entry.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue) ?? "";

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
