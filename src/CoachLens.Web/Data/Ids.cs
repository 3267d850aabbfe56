using System.Security.Cryptography;

namespace CoachLens.Web.Data;

/// <summary>Identifiers that cannot be guessed or counted: 128 random bits as 32 lowercase hex digits.</summary>
public static class Ids
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? id) =>
        id is { Length: 32 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
