using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using CallCenter.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CallCenter.Auth;

public sealed class JwtTokenService(IOptions<JwtOptions> options, TimeProvider clock)
{
    private const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";

    public static SymmetricSecurityKey Key(JwtOptions o) => new(Encoding.UTF8.GetBytes(o.SigningKey));

    public TokenDto Issue(ClaimsPrincipal principal)
    {
        var o = options.Value;
        var expires = clock.GetUtcNow().Add(o.Lifetime);
        var token = new JwtSecurityToken(o.Issuer, o.Audience,
            principal.Claims.Where(c => c.Type != SecurityStampClaim)
                .Append(new Claim(CallCenterClaimTypes.StampFingerprint, TokenStampValidator.Fingerprint(principal.FindFirstValue(SecurityStampClaim)))),
            clock.GetUtcNow().UtcDateTime, expires.UtcDateTime,
            new SigningCredentials(Key(o), SecurityAlgorithms.HmacSha256));
        return new TokenDto(new JwtSecurityTokenHandler().WriteToken(token), expires);
    }
}
