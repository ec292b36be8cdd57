using System.Security.Cryptography;
using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace CallCenter.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Picks the bearer token when one is sent, the cookie otherwise: one API for the SPA and for integrations.</summary>
    public const string SmartScheme = "CallCenter";

    public static IServiceCollection AddCallCenterAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        // Unset: a random key until restart. A set but short key is a wrong setting: validation stops the start.
        if (string.IsNullOrEmpty(jwt.SigningKey)) jwt.SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        services.Configure<JwtOptions>(o =>
        {
            o.Issuer = jwt.Issuer; o.Audience = jwt.Audience; o.SigningKey = jwt.SigningKey; o.Lifetime = jwt.Lifetime;
        });

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<CallCenterDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CallCenterClaimsPrincipalFactory>();

        // Role or station changes reach a signed-in user within a minute (the stamp is re-checked).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "callcenter.auth";
            o.Cookie.HttpOnly = true;
            // Strict same-site keeps other sites from riding the cookie (the SPA is served from the same origin).
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = 401; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = 403; return Task.CompletedTask; };
        });

        services.AddAuthentication(o =>
            {
                // AddIdentity set the cookie as the default for authenticate; the policy scheme must win for bearer tokens.
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    IssuerSigningKey = JwtTokenService.Key(jwt),
                    NameClaimType = System.Security.Claims.ClaimTypes.Name,
                    RoleClaimType = System.Security.Claims.ClaimTypes.Role,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
                // A valid signature is not enough: the token must not have been ended by a sign-out (or role change) since.
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async ctx =>
                    {
                        if (ctx.Principal is null || !await ctx.HttpContext.RequestServices.GetRequiredService<TokenStampValidator>().IsCurrentAsync(ctx.Principal))
                            ctx.Fail("The token has been revoked.");
                    },
                };
            });
        // Tokens are issued on the host's TimeProvider (JwtTokenService); check their lifetime on the same clock, not on
        // DateTime.UtcNow, so issuing and validating can never disagree about "now" (they did under a test clock).
        services.AddOptions<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((o, clock) => o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                    && (expires is null || expires.Value > now - parameters.ClockSkew);
            });

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<JwtTokenService>();
        services.AddSingleton<TokenStampValidator>();
        services.AddSingleton<UnknownUserLockout>();
        return services;
    }
}
