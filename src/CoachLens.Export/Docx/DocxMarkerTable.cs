using CoachLens.Localization;
using CoachLens.Reports;
using CoachLens.Rubrics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachLens.Export.Docx.WordText;

namespace CoachLens.Export.Docx;

/// <summary>The 37 markers as a Word table: id, our paraphrase with the rationale, status, evidence quotes linked to their turns.</summary>
public static class DocxMarkerTable
{
    private static readonly int[] Widths = [600, 4000, 1700, 3338];

    public static Table Create(AnalysisReport report, Rubric rubric, Texts x)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "D9DEE5" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "D9DEE5" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "D9DEE5" }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(Widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(true, [Para(Run("#", bold: true))], [Para(Run(x["html.marker"], bold: true))], [Para(Run(x["html.status"], bold: true))], [Para(Run(x["html.evidence"], bold: true))]));
        foreach (var group in report.Markers.GroupBy(m => m.Competency))
        {
            var head = new TableRow(new TableCell(
                new TableCellProperties(new GridSpan { Val = 4 }, new Shading { Val = ShadingPatternValues.Clear, Fill = "F4F6F9", Color = "auto" }),
                Para(Run(group.Key + " " + rubric.Competency(group.Key).Name, bold: true))));
            table.Append(head);
            foreach (var m in group)
            {
                var evidence = m.Evidence.Count == 0
                    ? [Para("Note", Run(x["html.noEvidence"]))]
                    : m.Evidence.Select(e => Para(Link(DocxReport.Anchor(e.Turn), "“" + e.Quote + "”"), Run(" (" + ReportWords.Where(x, e) + ")", color: "5B6470"))).ToArray();
                table.Append(Row(
                    false,
                    [Para(Run(m.Id, bold: true))],
                    [Para(Run(rubric.Marker(m.Id).Text)), Para("Note", Run(m.Rationale))],
                    [Para(Run(ReportWords.Symbol(m.Status) + " " + x.Status(m.Status), bold: true, color: StatusColor(m.Status)))],
                    evidence));
            }
        }

        return table;
    }

    private static TableRow Row(bool header, params OpenXmlElement[][] cells)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            cell.Append(cells[i]);
            row.Append(cell);
        }

        return row;
    }

    private static string StatusColor(string status) => status switch
    {
        Scoring.MarkerStatus.Observed => "2E7D32",
        Scoring.MarkerStatus.Partial => "A06E00",
        Scoring.MarkerStatus.NotObserved => "C62828",
        _ => "5B6470",
    };
}
