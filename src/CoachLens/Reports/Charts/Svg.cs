using System.Globalization;
using System.Text;
using CoachLens.Reports.Html;

namespace CoachLens.Reports.Charts;

/// <summary>
/// A tiny SVG writer for the report's charts: a viewBox that scales to its container, a title for
/// screen readers, numbers written invariantly and every text escaped.
/// </summary>
public sealed class Svg
{
    private readonly StringBuilder sb = new();

    public Svg(double width, double height, string title, string cssClass)
    {
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").Append(HtmlText.Escape(cssClass))
          .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
          .Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(title)).Append("\"><title>")
          .Append(HtmlText.Escape(title)).Append("</title>");
    }

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public Svg Rect(double x, double y, double width, double height, string cssClass, string? tooltip = null)
    {
        sb.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(Math.Max(0, width)))
          .Append("\" height=\"").Append(N(Math.Max(0, height))).Append("\" class=\"").Append(Css(cssClass)).Append('"');
        return tooltip is null ? Close("rect") : Tip(tooltip, "rect");
    }

    public Svg Circle(double cx, double cy, double r, string cssClass, string? tooltip = null)
    {
        sb.Append("<circle cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r)).Append("\" class=\"").Append(Css(cssClass)).Append('"');
        return tooltip is null ? Close("circle") : Tip(tooltip, "circle");
    }

    public Svg Line(double x1, double y1, double x2, double y2, string cssClass)
    {
        sb.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
          .Append("\" class=\"").Append(Css(cssClass)).Append("\"/>");
        return this;
    }

    public Svg Polyline(IEnumerable<(double X, double Y)> points, string cssClass)
    {
        sb.Append("<polyline points=\"").AppendJoin(' ', points.Select(p => N(p.X) + "," + N(p.Y))).Append("\" class=\"").Append(Css(cssClass)).Append("\"/>");
        return this;
    }

    /// <summary>A text label; anchor is start, middle or end.</summary>
    public Svg Text(double x, double y, string text, string cssClass, string anchor = "start")
    {
        sb.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" class=\"").Append(Css(cssClass))
          .Append("\" text-anchor=\"").Append(anchor).Append("\">").Append(HtmlText.Escape(text)).Append("</text>");
        return this;
    }

    /// <summary>A class name with only letters, digits, '-', '_' and spaces, whatever the data said.</summary>
    public static string Css(string name) => new(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' ').ToArray());

    public override string ToString() => sb + "</svg>";

    private Svg Close(string _)
    {
        sb.Append("/>");
        return this;
    }

    private Svg Tip(string tooltip, string element)
    {
        sb.Append("><title>").Append(HtmlText.Escape(tooltip)).Append("</title></").Append(element).Append('>');
        return this;
    }
}
