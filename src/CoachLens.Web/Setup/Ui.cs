using System.Globalization;

namespace CoachLens.Web.Setup;

/// <summary>
/// The UI text for the current request, in the user's language: the account's setting when signed in,
/// else the language cookie, else the browser's preference.
/// </summary>
public sealed class Ui
{
    public const string LanguageClaim = "coachlens:lang";
    public const string LanguageCookie = "coachlens.lang";

    private readonly IReadOnlyDictionary<string, string> strings;

    public Ui(IHttpContextAccessor accessor)
    {
        Lang = Resolve(accessor.HttpContext);
        strings = UiStrings.Default.Of(Lang);
        Culture = CultureInfo.GetCultureInfo(Lang == "tr" ? "tr-TR" : "en-GB");
    }

    public string Lang { get; }

    public CultureInfo Culture { get; }

    public string this[string key] => strings.TryGetValue(key, out var text) ? text : key;

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    public string Date(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public string Percent(double share) => share.ToString("P0", Culture);

    private static string Resolve(HttpContext? context)
    {
        if (context is null)
        {
            return "en";
        }

        var claim = context.User.FindFirst(LanguageClaim)?.Value;
        if (claim is not null)
        {
            return UiStrings.Normalize(claim);
        }

        if (context.Request.Cookies.TryGetValue(LanguageCookie, out var cookie))
        {
            return UiStrings.Normalize(cookie);
        }

        var accept = context.Request.Headers.AcceptLanguage.ToString();
        return accept.StartsWith("tr", StringComparison.OrdinalIgnoreCase) ? "tr" : "en";
    }
}
