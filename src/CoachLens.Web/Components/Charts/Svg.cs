using System.Globalization;
using System.Text;

namespace CoachLens.Web.Components.Charts;

/// <summary>
/// Small inline SVG charts built as text: no script, no library, readable without CSS. Every label is
/// XML-escaped, so text from a transcript or an account can never become markup.
/// </summary>
public static class Svg
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One horizontal bar per item, its length value/max, with "value/max" written beside it.</summary>
    public static string Bars(string title, IReadOnlyList<(string Label, double Value, double Max)> items, int width = 440)
    {
        const int row = 26, labelWidth = 190, pad = 8;
        var height = (items.Count * row) + pad;
        var barSpace = width - labelWidth - 48;
        var sb = Open(title, width, height);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value, max) = items[i];
            var y = pad + (i * row);
            var share = max <= 0 ? 0 : Math.Clamp(value / max, 0, 1);
            sb.Append(Inv, $"<text x=\"0\" y=\"{y + 14}\" font-size=\"12\" fill=\"#243b53\">{Escape(Clip(label, 28))}</text>");
            sb.Append(Inv, $"<rect x=\"{labelWidth}\" y=\"{y + 2}\" width=\"{barSpace}\" height=\"16\" fill=\"#e4e7eb\" rx=\"3\"/>");
            sb.Append(Inv, $"<rect x=\"{labelWidth}\" y=\"{y + 2}\" width=\"{(barSpace * share):0.#}\" height=\"16\" fill=\"#2f6f9f\" rx=\"3\"/>");
            sb.Append(Inv, $"<text x=\"{labelWidth + barSpace + 6}\" y=\"{y + 14}\" font-size=\"12\" fill=\"#243b53\">{value:0.##}/{max:0.##}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>A line over sessions for values between 0 and 1, with the points labelled as percentages.</summary>
    public static string Line(string title, IReadOnlyList<(string Label, double Value)> points, int width = 440, int height = 220)
    {
        const int left = 44, right = 44, top = 26, bottom = 40;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var sb = Open(title, width, height);
        foreach (var tick in new[] { 0.0, 0.5, 1.0 })
        {
            var y = top + (plotH * (1 - tick));
            sb.Append(Inv, $"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{width - right}\" y2=\"{y:0.#}\" stroke=\"#d9e2ec\"/>");
            sb.Append(Inv, $"<text x=\"0\" y=\"{y + 4:0.#}\" font-size=\"11\" fill=\"#627d98\">{tick:P0}</text>");
        }

        var xs = points.Select((_, i) => points.Count == 1 ? left + (plotW / 2.0) : left + (plotW * i / (double)(points.Count - 1))).ToList();
        var ys = points.Select(p => top + (plotH * (1 - Math.Clamp(p.Value, 0, 1)))).ToList();
        if (points.Count > 1)
        {
            var path = string.Join(" ", xs.Select((x, i) => string.Format(Inv, "{0:0.#},{1:0.#}", x, ys[i])));
            sb.Append(Inv, $"<polyline points=\"{path}\" fill=\"none\" stroke=\"#2f6f9f\" stroke-width=\"2\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            sb.Append(Inv, $"<circle cx=\"{xs[i]:0.#}\" cy=\"{ys[i]:0.#}\" r=\"4\" fill=\"#2f6f9f\"><title>{Escape(points[i].Label)}: {points[i].Value:P0}</title></circle>");
            sb.Append(Inv, $"<text x=\"{xs[i]:0.#}\" y=\"{ys[i] - 8:0.#}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#243b53\">{points[i].Value:P0}</text>");
            sb.Append(Inv, $"<text x=\"{xs[i]:0.#}\" y=\"{height - 22}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#627d98\">{Escape(Clip(points[i].Label, 16))}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>A single bar split in two shares, such as the coach's and the client's talk.</summary>
    public static string Split(string title, double share, string leftLabel, string rightLabel, int width = 440)
    {
        share = Math.Clamp(share, 0, 1);
        var w = width * share;
        var sb = Open(title, width, 44);
        sb.Append(Inv, $"<rect x=\"0\" y=\"0\" width=\"{w:0.#}\" height=\"20\" fill=\"#2f6f9f\"/>");
        sb.Append(Inv, $"<rect x=\"{w:0.#}\" y=\"0\" width=\"{width - w:0.#}\" height=\"20\" fill=\"#9fb3c8\"/>");
        sb.Append(Inv, $"<text x=\"0\" y=\"38\" font-size=\"12\" fill=\"#243b53\">{Escape(leftLabel)} {share:P0}</text>");
        sb.Append(Inv, $"<text x=\"{width}\" y=\"38\" font-size=\"12\" text-anchor=\"end\" fill=\"#243b53\">{Escape(rightLabel)} {1 - share:P0}</text>");
        return sb.Append("</svg>").ToString();
    }

    public static string Escape(string text) => System.Security.SecurityElement.Escape(text) ?? "";

    private static StringBuilder Open(string title, int width, int height) => new StringBuilder()
        .Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{Escape(title)}\">")
        .Append(Inv, $"<title>{Escape(title)}</title>");

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
