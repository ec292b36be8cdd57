using System.Collections.Concurrent;
using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using CallCenter.Notifications;
using CallCenter.Permissions;
using CallCenter.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders;

/// <summary>The host without its own delivery loop, so the test's dispatchers are the only ones sending.</summary>
public sealed class QuietOutboxApiFactory : WorkOrderApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:DeliveryEnabled", "false");
    }
}

/// <summary>The outbox delivers each message once with several nodes polling; upgrades grant new permissions to an existing database.</summary>
[Collection(ApiCollection.Name)]
public sealed class OutboxAndGrantsTests(QuietOutboxApiFactory factory) : IClassFixture<QuietOutboxApiFactory>
{
    [Fact]
    public async Task Should_Send_Each_Message_Once_When_Two_Dispatchers_Poll_At_Once()
    {
        var now = factory.Clock.GetUtcNow();
        var mine = Enumerable.Range(0, 40).Select(i => new Notification(NotificationChannel.Sms, null, "客户", $"+86139001390{i:D2}", "停热通知",
            $"race {i}", null, now)).ToList();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
            db.Notifications.AddRange(mine);
            await db.SaveChangesAsync();
        }
        var sender = new SlowCountingSender();

        await Task.WhenAll(Task.Run(() => DrainAsync(sender)), Task.Run(() => DrainAsync(sender)));

        var ids = mine.Select(m => m.Id).ToHashSet();
        var sent = sender.Sent.Where(ids.Contains).ToList();
        sent.Count.ShouldBe(40);
        sent.Distinct().Count().ShouldBe(40);
        sender.Nodes.Count.ShouldBe(2); // both dispatchers did send: the race was real
        await using var check = factory.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<CallCenterDbContext>().Notifications.Where(n => ids.Contains(n.Id)).ToListAsync())
            .ShouldAllBe(n => n.Status == NotificationStatus.Sent && n.Attempts == 1);
    }

    [Fact]
    public async Task Should_Grant_A_New_Permissions_Defaults_On_Upgrade_But_Not_Restore_A_Grant_An_Administrator_Removed()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
            // As if the outbox permission were new in this version: no role holds it yet …
            await db.PermissionGrants.Where(g => g.PermissionName == CallCenterPermissions.Notifications.Outbox).ExecuteDeleteAsync();
            // … and an administrator took revisiting away from the revisit agents.
            await db.PermissionGrants.Where(g => g.RoleName == CallCenterRoles.RevisitAgent && g.PermissionName == CallCenterPermissions.WorkOrders.Revisit)
                .ExecuteDeleteAsync();
        }

        await SeedAgainAsync();
        await SeedAgainAsync(); // idempotent

        await using var check = factory.Services.CreateAsyncScope();
        var grants = await check.ServiceProvider.GetRequiredService<CallCenterDbContext>().PermissionGrants.ToListAsync();
        grants.Where(g => g.PermissionName == CallCenterPermissions.Notifications.Outbox).Select(g => g.RoleName).Order()
            .ShouldBe(DefaultRoleGrants.All.Where(r => r.Value.Contains(CallCenterPermissions.Notifications.Outbox)).Select(r => r.Key).Order());
        grants.ShouldNotContain(g => g.RoleName == CallCenterRoles.RevisitAgent && g.PermissionName == CallCenterPermissions.WorkOrders.Revisit);
        grants.GroupBy(g => (g.RoleName, g.PermissionName)).ShouldAllBe(g => g.Count() == 1);
    }

    private async Task SeedAgainAsync()
    {
        await using var services = new ServiceCollection().AddCallCenterMigrator(factory.ConnectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CallCenterDataSeeder>().SeedAsync(0, demoData: false);
    }

    /// <summary>One node's loop: deliver batches until nothing is due.</summary>
    private async Task DrainAsync(SlowCountingSender sender)
    {
        var node = Guid.NewGuid();
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var dispatcher = ActivatorUtilities.CreateInstance<NotificationDispatcher>(scope.ServiceProvider,
                (IEnumerable<INotificationSender>)new INotificationSender[] { sender.For(node) });
            if (await dispatcher.DeliverDueAsync(batch: 5) == 0) return;
        }
    }

    private sealed class SlowCountingSender
    {
        public ConcurrentBag<Guid> Sent { get; } = [];
        public ConcurrentDictionary<Guid, int> Nodes { get; } = new();

        public INotificationSender For(Guid node) => new NodeSender(this, node);

        private sealed class NodeSender(SlowCountingSender owner, Guid node) : INotificationSender
        {
            public NotificationChannel Channel => NotificationChannel.Sms;

            public async Task SendAsync(Notification message, CancellationToken ct)
            {
                await Task.Delay(5, ct); // a gateway round trip: long enough for the other node to poll meanwhile
                owner.Sent.Add(message.Id);
                if (message.Body.StartsWith("race ", StringComparison.Ordinal)) owner.Nodes.AddOrUpdate(node, 1, (_, n) => n + 1);
            }
        }
    }
}
