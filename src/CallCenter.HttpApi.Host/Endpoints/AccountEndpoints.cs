using System.Security.Claims;
using CallCenter.Auth;
using CallCenter.Errors;
using CallCenter.Identity;
using CallCenter.Localization;
using CallCenter.Repositories;
using CallCenter.Stations;
using Microsoft.AspNetCore.Identity;

namespace CallCenter.Endpoints;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", LoginAsync)
            .WithName("SignIn").WithSummary("Sign in with user name and password (sets the session cookie)").AllowAnonymous();
        group.MapPost("/token", TokenAsync)
            .WithName("IssueToken").WithSummary("Issue a bearer token for an integration").AllowAnonymous();
        group.MapPost("/logout", LogoutAsync)
            .WithName("SignOut").WithSummary("Sign out and end the session").AllowAnonymous();
        group.MapGet("/me", MeAsync)
            .WithName("GetCurrentUser").WithSummary("The signed-in user with roles, permissions and station").RequireAuthorization();
    }

    /// <summary>
    /// Clears the cookie; a sign-out with a bearer token also rotates the user's security stamp, which ends that token
    /// (and the user's other tokens) on the server — a token in the client's hands cannot be deleted otherwise.
    /// </summary>
    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> LogoutAsync(HttpContext http, SignInManager<AppUser> signIn, TokenStampValidator stamps)
    {
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (bearer && http.User.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            stamps.Forget(user.Id);
        }
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> LoginAsync(LoginDto input, SignInManager<AppUser> signIn, PermissionGrantStore grants,
        IRepository<Station> stations, IAsyncQueryExecuter query, TimeProvider clock, UnknownUserLockout unknown)
    {
        var (user, failure) = await CheckAsync(input, signIn, clock, unknown);
        if (failure is not null) return failure;
        await signIn.SignInAsync(user!, isPersistent: false);
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        return TypedResults.Ok(await CurrentUserAsync(principal, grants, stations, query));
    }

    private static async Task<IResult> TokenAsync(LoginDto input, SignInManager<AppUser> signIn, JwtTokenService tokens, TimeProvider clock,
        UnknownUserLockout unknown)
    {
        var (user, failure) = await CheckAsync(input, signIn, clock, unknown);
        if (failure is not null) return failure;
        return TypedResults.Ok(tokens.Issue(await signIn.CreateUserPrincipalAsync(user!)));
    }

    /// <summary>
    /// Password check with lockout: the fifth wrong password locks the account for 15 minutes. A name with no active
    /// account behind it answers the same way after the same number of tries (counted in memory, no user is created),
    /// so the answers do not tell which names exist.
    /// </summary>
    private static async Task<(AppUser?, IResult?)> CheckAsync(LoginDto input, SignInManager<AppUser> signIn, TimeProvider clock,
        UnknownUserLockout unknown)
    {
        var name = input.UserName?.Trim() ?? "";
        var user = name.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(name);
        if (user is null || !user.IsActive)
            return (null, unknown.Fail(name, input.Password) is { } lockedMinutes
                ? Failure(423, CallCenterErrorCodes.LockedOut, lockedMinutes)
                : Failure(401, CallCenterErrorCodes.LoginFailed));
        var result = await signIn.CheckPasswordSignInAsync(user, input.Password ?? "", lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var minutes = user.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes)) : 15;
            return (null, Failure(423, CallCenterErrorCodes.LockedOut, minutes));
        }
        return result.Succeeded ? (user, null) : (null, Failure(401, CallCenterErrorCodes.LoginFailed));
    }

    private static IResult Failure(int status, string code, params object[] args)
    {
        var problem = ProblemDetailsExceptionHandler.Problem(status, code, L.Get(code, null, args), null);
        // The framework knows no "type" for 423; RFC 4918 defines the status.
        if (status == StatusCodes.Status423Locked) problem.Type = "https://www.rfc-editor.org/rfc/rfc4918#section-11.3";
        return TypedResults.Problem(problem);
    }

    private static async Task<IResult> MeAsync(ClaimsPrincipal user, PermissionGrantStore grants, IRepository<Station> stations, IAsyncQueryExecuter query) =>
        TypedResults.Ok(await CurrentUserAsync(user, grants, stations, query));

    private static async Task<CurrentUserDto> CurrentUserAsync(ClaimsPrincipal user, PermissionGrantStore grants,
        IRepository<Station> stations, IAsyncQueryExecuter query)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var permissions = await grants.GetGrantedAsync(roles);
        Guid? stationId = Guid.TryParse(user.FindFirstValue(CallCenterClaimTypes.StationId), out var sid) ? sid : null;
        var stationName = stationId is null ? null
            : await query.FirstOrDefaultAsync(stations.Query().Where(s => s.Id == stationId).Select(s => s.Name));
        return new CurrentUserDto(Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), user.Identity!.Name!,
            user.FindFirstValue(CallCenterClaimTypes.DisplayName) ?? user.Identity.Name!, roles,
            permissions.OrderBy(p => p).ToList(), stationId, stationName);
    }
}
