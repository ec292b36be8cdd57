using CallCenter.Identity;
using CallCenter.Permissions;
using CallCenter.Repositories;
using Microsoft.AspNetCore.Identity;

namespace CallCenter.Notifications;

/// <summary>
/// Puts messages in the outbox (added to the caller's unit of work, so they are saved with the change that caused
/// them). Recipients by user, by role (optionally at one station) or by phone number for SMS.
/// </summary>
public sealed class Notifier(IRepository<Notification> outbox, UserManager<AppUser> users, TimeProvider time)
{
    public void ToUser(Guid userId, string? name, string title, string body, Guid? workOrderId) =>
        outbox.Add(new Notification(NotificationChannel.InApp, userId, name, null, title, body, workOrderId, time.GetUtcNow()));

    public void Sms(string phone, string? name, string body, Guid? workOrderId) =>
        outbox.Add(new Notification(NotificationChannel.Sms, null, name, phone, body.Length > 40 ? body[..40] : body, body, workOrderId, time.GetUtcNow()));

    /// <summary>Every active user of <paramref name="role"/>; with a station, only that station's. Returns how many.</summary>
    public async Task<int> ToRoleAsync(string role, Guid? stationId, string title, string body, Guid? workOrderId)
    {
        var members = (await users.GetUsersInRoleAsync(role)).Where(u => u.IsActive && (stationId is null || u.StationId == stationId)).ToList();
        foreach (var user in members) ToUser(user.Id, user.DisplayName, title, body, workOrderId);
        return members.Count;
    }

    /// <summary>Who answers at an escalation level: 1 the station's dispatchers, 2 supervisors (department), 3+ administrators (management).</summary>
    public Task<int> ToEscalationLevelAsync(int level, Guid? stationId, string title, string body, Guid? workOrderId) => level switch
    {
        <= 1 => ToRoleAsync(CallCenterRoles.StationDispatcher, stationId, title, body, workOrderId),
        2 => ToRoleAsync(CallCenterRoles.Supervisor, null, title, body, workOrderId),
        _ => ToRoleAsync(CallCenterRoles.Administrator, null, title, body, workOrderId),
    };
}
