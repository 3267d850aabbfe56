using System.Globalization;
using CoachLens.Localization;
using CoachLens.Reports;
using CoachLens.Rubrics;
using CoachLens.Transcripts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachLens.Export.Docx.WordText;

namespace CoachLens.Export.Docx;

/// <summary>
/// The mentor export as a Word document: feedback, level lens, the 37-marker table with quotes that
/// link to their turns, and the ICF-style transcript (speaker labels, a timestamp at every change).
/// Editable in Word and LibreOffice; the same report gives the same bytes.
/// </summary>
public sealed class DocxReport : IReportRenderer
{
    public string Format => "docx";

    public string Extension => "docx";

    public byte[] Render(AnalysisReport report, Rubric rubric)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // An explicit relationship id: the SDK would otherwise draw a random one and the bytes would differ run to run.
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Create();
            var body = new Body();
            Write(body, report, rubric, ReportWords.TextsOf(report, rubric));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return FixedZip.Normalize(stream.ToArray());
    }

    private static void Write(Body body, AnalysisReport report, Rubric rubric, Texts x)
    {
        var t = report.Transcript;
        body.Append(Para("Title", Run(x.Format("report.title", ("source", t.Source)))));
        body.Append(Para("Note", Run(x.Format("report.sessionTurns", ("turns", t.TurnCount))
            + (t.DurationSeconds is { } d ? x.Format("report.sessionLong", ("length", Timestamps.Format(d))) : string.Empty)
            + x.Format("report.sessionFormat", ("format", t.Format), ("language", t.Language)))));
        body.Append(Para("Note", Run(x.Format(
            "report.people",
            ("coach", t.CoachSpeaker ?? x["report.unknown"]),
            ("clients", string.Join(", ", t.ClientSpeakers)),
            ("method", ReportWords.RoleMethod(x, t.Roles.Method)),
            ("confidence", x.Number(t.Roles.Confidence, "0.##"))))));
        body.Append(Para("Note", Run(x.Format("report.talkShare", ("coach", x.Percent(report.Metrics.CoachTalkShare)), ("client", x.Percent(1 - report.Metrics.CoachTalkShare))))));
        body.Append(Para("Note", Run(x["report.notVerdict"], italic: true)));

        DocxFeedback.Write(body, report, x);
        body.Append(Heading(1, x["report.markers"]));
        body.Append(Para("Note", Run(x["report.statusLegend"])));
        body.Append(DocxMarkerTable.Create(report, rubric, x));
        WriteTranscript(body, report, x);
        body.Append(Para("Note", Run(x.Format(
            "report.footer",
            ("tool", report.Tool.Name),
            ("version", report.Tool.Version),
            ("rubric", report.Rubric.Id),
            ("rubricVersion", report.Rubric.Version),
            ("schema", report.SchemaVersion)))));
    }

    private static void WriteTranscript(Body body, AnalysisReport report, Texts x)
    {
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        body.Append(Heading(1, x["docx.transcript"]));
        body.Append(Para("Note", Run(x["docx.transcriptNote"])));
        foreach (var turn in report.Turns)
        {
            var id = turn.Index.ToString(CultureInfo.InvariantCulture);
            var label = (turn.Start is { } s ? Timestamps.Format(s) + " " : string.Empty) + turn.Speaker + ": ";
            body.Append(new Paragraph(
                new BookmarkStart { Id = id, Name = Anchor(turn.Index) },
                Run(label, bold: true),
                Run(turn.Text),
                new BookmarkEnd { Id = id }));
        }
    }

    /// <summary>The bookmark name of a turn; quotes in the marker table link to it.</summary>
    public static string Anchor(int turn) => "turn_" + turn.ToString(CultureInfo.InvariantCulture);
}
