namespace CoachLens.Reports.Html;

/// <summary>The report's only stylesheet, inlined: readable on a 375 px phone, printable on A4, no web fonts.</summary>
public static class HtmlStyles
{
    public const string Css = """
        :root{--ink:#1d232b;--muted:#5b6470;--line:#d9dee5;--bg:#fff;--soft:#f4f6f9;--obs:#2e7d32;--par:#c98a00;--not:#c62828;--na:#8a939e;--coach:#3559a8;--client:#2b9aa0}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
        main{max-width:960px;margin:0 auto;padding:16px}
        h1{font-size:1.5rem;line-height:1.25;margin:.2em 0 .4em;overflow-wrap:anywhere}
        h2{font-size:1.25rem;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
        h3{font-size:1.05rem;margin:1.2em 0 .4em}
        p,li{overflow-wrap:anywhere}
        a{color:#1a56a8}
        .facts{color:var(--muted);margin:0;padding-left:1.1em}
        nav.toc{margin:12px 0;font-size:.9rem}
        nav.toc a{display:inline-block;margin:0 .8em .3em 0}
        .grid{display:grid;grid-template-columns:1fr;gap:16px}
        @media (min-width:760px){.grid{grid-template-columns:1fr 1fr}}
        .card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--bg);min-width:0}
        .card h3{margin-top:0}
        .note{color:var(--muted);font-size:.9rem}
        .level{display:inline-block;font-weight:700;font-size:1.2rem;padding:2px 10px;border-radius:6px;background:var(--soft);border:1px solid var(--line)}
        svg.chart{display:block;width:100%;max-width:560px;height:auto;margin:6px 0;font-size:13px}
        svg .label{fill:var(--ink)} svg .value,svg .tick,svg .legend{fill:var(--muted);font-size:12px}
        svg .s-observed,.b-observed{fill:var(--obs)} svg .s-partial,.b-partial{fill:var(--par)} svg .s-not_observed,.b-not_observed{fill:var(--not)} svg .s-not_assessable,.b-not_assessable{fill:var(--na)}
        svg .coach{fill:var(--coach)} svg .client{fill:var(--client)} svg .q-open{fill:var(--obs)} svg .q-closed{fill:var(--par)} svg .q-stacked{fill:var(--not)} svg .q-reflect{fill:var(--coach)}
        svg .axis{stroke:var(--muted);stroke-width:1} svg .grid{stroke:var(--line);stroke-width:1} svg .line{fill:none;stroke:var(--coach);stroke-width:2}
        svg .moment{stroke:#fff;stroke-width:1.5} svg .m-rise{fill:var(--obs)} svg .m-drop{fill:var(--not)} svg .m-repair{fill:var(--coach)} svg .m-risk{fill:#6a1b9a}
        .legend{font-size:.85rem;color:var(--muted);margin:4px 0} .legend span{display:inline-block;margin-right:12px;white-space:nowrap}
        .sw{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
        .sw.observed{background:var(--obs)} .sw.partial{background:var(--par)} .sw.not_observed{background:var(--not)} .sw.not_assessable{background:var(--na)}
        ol.growth{padding-left:1.3em} ol.growth li{margin-bottom:.6em}
        .rewrite{background:var(--soft);border-left:4px solid var(--coach);padding:6px 10px;margin:6px 0;border-radius:0 6px 6px 0}
        .rewrite .label{color:var(--muted);font-size:.85rem;display:block}
        .status{display:inline-block;white-space:nowrap;font-size:.85rem;font-weight:600;padding:1px 8px;border-radius:10px;color:#fff}
        .status.observed{background:var(--obs)} .status.partial{background:var(--par)} .status.not_observed{background:var(--not)} .status.not_assessable{background:var(--na)}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:8px 6px;overflow-wrap:anywhere}
        th{font-size:.85rem;color:var(--muted)}
        tr.group td{background:var(--soft);font-weight:600}
        td.id{white-space:nowrap;font-weight:700}
        ul.evidence{list-style:none;margin:0;padding:0} ul.evidence li{margin-bottom:.4em}
        .where{color:var(--muted);font-size:.85rem;white-space:nowrap}
        .why{font-size:.9rem;color:var(--muted)}
        @media (max-width:699px){
          table.markers thead{display:none}
          table.markers,table.markers tbody,table.markers tr,table.markers td{display:block;width:100%}
          table.markers tr{border-bottom:1px solid var(--line);padding:6px 0}
          table.markers td{border:0;padding:3px 0}
        }
        ol.transcript{list-style:none;margin:0;padding:0}
        .turn{border-left:4px solid var(--line);padding:6px 10px;margin:8px 0;border-radius:0 6px 6px 0}
        .turn.coach{border-color:var(--coach);background:#f5f7fc} .turn.client{border-color:var(--client)}
        .turn:target{outline:3px solid #f0b400;outline-offset:2px}
        .turn .who{font-weight:700} .turn .ts,.turn .idx{color:var(--muted);font-size:.85rem}
        .turn p{margin:.2em 0;white-space:pre-wrap}
        .tag{display:inline-block;font-size:.75rem;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:2px 4px 0 0;background:#fff;color:var(--muted)}
        .tag.warn{border-color:var(--not);color:var(--not)} .tag.good{border-color:var(--obs);color:var(--obs)}
        footer{margin-top:2em;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:8px}
        @page{size:A4;margin:14mm 12mm}
        @media print{
          body{font-size:10.5pt} main{max-width:none;padding:0} nav.toc{display:none}
          a{color:inherit;text-decoration:none}
          h2{break-after:avoid} .card,tr,.turn,.rewrite{break-inside:avoid}
          .grid{grid-template-columns:1fr 1fr}
          .status{-webkit-print-color-adjust:exact;print-color-adjust:exact} svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
        }
        """;
}
