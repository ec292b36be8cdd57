using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using CallCenter.Permissions;
using CallCenter.Phones;
using CallCenter.Stations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Seeding;

/// <summary>
/// Seeds roles with their designed grants, the demo organization, one user per role and the demo households.
/// Idempotent: everything is matched by its natural key (role name, station code, user name, account number),
/// so a second run adds nothing and changes nothing an administrator edited — except grants of roles that have none
/// and the default grants of permissions no role holds yet (new in this version).
/// </summary>
public sealed class CallCenterDataSeeder(
    CallCenterDbContext db,
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    PhoneNumberNormalizer phones,
    ILogger<CallCenterDataSeeder> logger)
{
    public async Task SeedAsync(int householdCount, bool demoData, CancellationToken ct = default)
    {
        await SeedRolesAsync(ct);
        await new WorkOrders.WorkOrderSeeder(db).SeedAsync(ct);
        if (!demoData) return;
        await SeedOrganizationAsync(ct);
        await SeedUsersAsync(ct);
        await SeedHouseholdsAsync(householdCount, ct);
        await new Knowledge.KnowledgeSeeder(db, TimeProvider.System, logger).SeedAsync(ct);
        await new Voice.VoiceSeeder(db, TimeProvider.System, logger).SeedAsync(ct);
        await new Acd.AcdSeeder(db, TimeProvider.System, logger).SeedAsync(ct);
        await new WorkOrders.DemoWorkOrderSeeder(db, TimeProvider.System).SeedAsync(ct);
    }

    private async Task SeedRolesAsync(CancellationToken ct)
    {
        foreach (var role in CallCenterRoles.All)
        {
            if (!await roleManager.RoleExistsAsync(role)) await roleManager.CreateAsync(new AppRole(role));
            // Grants are seeded only for a role that has none, so an administrator's later changes survive re-runs.
            if (await db.PermissionGrants.AnyAsync(g => g.RoleName == role, ct)) continue;
            db.PermissionGrants.AddRange(DefaultRoleGrants.All[role].Distinct()
                .Select(p => new PermissionGrant { RoleName = role, PermissionName = p }));
        }
        await db.SaveChangesAsync(ct);
        await SeedNewPermissionsAsync(ct);
    }

    /// <summary>
    /// A permission added by an upgrade reaches an existing database: its default grants are added when no role
    /// holds it yet. A permission some role holds is the administrator's from then on, so a grant they removed
    /// from one role is not added back (removals are not recorded; a permission removed from every role comes back
    /// with its defaults — ADR 0500).
    /// </summary>
    private async Task SeedNewPermissionsAsync(CancellationToken ct)
    {
        var held = (await db.PermissionGrants.Select(g => g.PermissionName).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = DefaultRoleGrants.All
            .SelectMany(r => r.Value.Distinct().Where(p => !held.Contains(p)).Select(p => new PermissionGrant { RoleName = r.Key, PermissionName = p }))
            .ToList();
        if (missing.Count == 0) return;
        logger.LogInformation("Granting {Count} default grants of {Permissions} new permissions", missing.Count,
            missing.Select(g => g.PermissionName).Distinct().Count());
        db.PermissionGrants.AddRange(missing);
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedOrganizationAsync(CancellationToken ct)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, ct);
        foreach (var (code, name) in DemoStations.Departments.Where(d => !departments.ContainsKey(d.Code)))
        {
            var department = new Department { Code = code, Name = name };
            db.Departments.Add(department);
            departments[code] = department;
        }
        var existing = await db.Stations.Select(s => s.Code).ToListAsync(ct);
        foreach (var demo in DemoStations.All.Where(s => !existing.Contains(s.Code)))
        {
            var station = new Station(demo.Code, demo.Name, demo.District, phones.Normalize(demo.Phone)?.E164, departments[demo.Department].Id);
            station.SetCommunities(demo.Communities);
            db.Stations.Add(station);
            db.Teams.Add(new Team { Name = demo.Name + "维修班", DepartmentId = departments[demo.Department].Id, StationId = station.Id });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedUsersAsync(CancellationToken ct)
    {
        var stations = await db.Stations.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        foreach (var (userName, displayName, role, stationCode) in DemoUsers.All)
        {
            if (await userManager.FindByNameAsync(userName) is not null) continue;
            var user = new AppUser
            {
                UserName = userName, DisplayName = displayName, LockoutEnabled = true,
                StationId = stationCode is null ? null : stations[stationCode],
            };
            Ensure(await userManager.CreateAsync(user, DemoUsers.Password), userName);
            Ensure(await userManager.AddToRoleAsync(user, role), userName);
        }
    }

    private async Task SeedHouseholdsAsync(int count, CancellationToken ct)
    {
        var stations = await db.Stations.Include(s => s.Communities).ToListAsync(ct);
        var byCode = stations.ToDictionary(s => s.Code, s => s.Id);
        var byCommunity = stations.SelectMany(s => s.Communities).ToDictionary(c => c.Community, c => c.StationId);
        var existing = (await db.Households.IgnoreQueryFilters().Select(h => h.AccountNumber).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var batch in DemoHouseholdGenerator.Generate(count).Where(d => !existing.Contains(d.AccountNumber)).Chunk(2000))
        {
            foreach (var demo in batch)
            {
                var household = new Household(demo.AccountNumber, demo.Name,
                    new Address(demo.District, demo.Community, demo.Building, demo.Unit, demo.Room))
                {
                    HeatingAreaM2 = demo.HeatingAreaM2, HeatingType = demo.HeatingType, Status = demo.Status, CareFlags = demo.CareFlags,
                };
                household.SetPhones(demo.Phones.Select((p, i) => (phones.Normalize(p)!, i == 0)).ToList());
                household.AssignStation(null, byCommunity.GetValueOrDefault(demo.Community, byCode[demo.StationCode]));
                db.Households.Add(household);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            added += batch.Length;
            logger.LogInformation("Seeded {Added} households", added);
        }
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
