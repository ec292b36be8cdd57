namespace CallCenter.Identity;

public sealed record LoginDto(string UserName, string Password);

public sealed record TokenDto(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

public sealed record CurrentUserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    Guid? StationId,
    string? StationName);

public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? PhoneNumber,
    IReadOnlyList<string> Roles,
    Guid? StationId,
    string? StationName,
    Guid? TeamId,
    bool IsActive,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    int AccessFailedCount);

public sealed record CreateUserDto
{
    public string UserName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Password { get; init; } = "";
    public string? Email { get; init; }
    public string? PhoneNumber { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public Guid? StationId { get; init; }
    public Guid? TeamId { get; init; }
}

public sealed record UpdateUserDto
{
    public string DisplayName { get; init; } = "";
    public string? Email { get; init; }
    public string? PhoneNumber { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public Guid? StationId { get; init; }
    public Guid? TeamId { get; init; }
    public bool IsActive { get; init; } = true;
}

public sealed record ResetPasswordDto(string NewPassword);

public sealed record GetUsersInput : Common.PagedRequestDto
{
    public string? Filter { get; init; }
    public string? Role { get; init; }
    public Guid? StationId { get; init; }
}
