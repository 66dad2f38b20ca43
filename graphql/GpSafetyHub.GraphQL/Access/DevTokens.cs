using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.GraphQL.Access;

/// <summary>
/// Local development tokens: HMAC-signed with a key kept in a file outside the repository
/// (created, readable by its owner only, the first time it is needed). Accepted only by a host
/// running in Development with <c>Auth:DevTokens:Enabled</c>.
/// </summary>
public static class DevTokens
{
    public static SymmetricSecurityKey Key(string keyFile)
    {
        if (!File.Exists(keyFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            // Created with owner-only permissions, then written: the key is never readable by others.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var file = new FileStream(keyFile, options))
            using (var writer = new StreamWriter(file)) writer.Write(key);
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(keyFile).Trim())) { KeyId = "dev" };
    }

    /// <summary>A token for <paramref name="roles"/> over <paramref name="scopes"/>, valid for <paramref name="lifetime"/>.</summary>
    public static string Mint(
        HubAuthOptions options, string subject, string name, IReadOnlyList<string> roles, IReadOnlyList<string> scopes,
        string? organisation, TimeSpan lifetime, DateTimeOffset? now = null, string? audience = null, SecurityKey? signingKey = null, string? issuer = null)
    {
        var issued = now ?? DateTimeOffset.UtcNow;
        var claims = new List<Claim> { new("sub", subject), new("name", name) };
        claims.AddRange(roles.Select(r => new Claim(options.RoleClaim, r)));
        claims.AddRange(scopes.Select(s => new Claim(options.ScopeClaim, s)));
        if (organisation is not null) claims.Add(new Claim(options.OrganisationClaim, organisation));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? HubAuthOptions.DevTokenOptions.Issuer,
            Audience = audience ?? options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issued.UtcDateTime,
            NotBefore = issued.UtcDateTime.AddMinutes(-1),
            Expires = issued.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey ?? Key(options.DevTokens.KeyFile), SecurityAlgorithms.HmacSha256),
        });
    }
}
