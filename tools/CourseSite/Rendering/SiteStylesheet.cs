namespace CourseSite.Rendering;

/// <summary>The one stylesheet of the site (site.css): readable prose width, quiet code colours, outputs set apart.</summary>
public static class SiteStylesheet
{
    public const string Css = """
        :root {
          --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --page: #ffffff; --panel: #f6f8fa;
          --accent: #0969da; --pass: #1a7f37; --fail: #cf222e; --stderr: #9a6700;
        }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0; color: var(--text); background: var(--page);
          font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        .site-header { border-bottom: 1px solid var(--line); padding: .6rem 1.5rem; background: var(--panel); }
        .course-title { font-weight: 600; color: var(--text); }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        .site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding: 1rem 1.5rem; text-align: center; }
        h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 .6em; }
        h1 { font-size: 2rem; margin-top: .8em; }
        h2 { font-size: 1.45rem; border-bottom: 1px solid var(--line); padding-bottom: .25em; }
        p, ul, ol, table { margin: 0 0 1em; }
        code, pre { font-family: ui-monospace, "Cascadia Code", "JetBrains Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .875rem; }
        :not(pre) > code { background: var(--panel); border-radius: 4px; padding: .1em .35em; font-size: .875em; }
        pre { margin: 0; padding: .75rem 1rem; overflow-x: auto; line-height: 1.45; white-space: pre; }
        .cell.markdown pre, .output.markdown pre { background: var(--panel); border-radius: 6px; margin-bottom: 1em; }
        blockquote { margin: 0 0 1em; padding: .2em 1em; color: var(--muted); border-left: 4px solid var(--line); }
        table { border-collapse: collapse; }
        th, td { border: 1px solid var(--line); padding: .4rem .75rem; text-align: left; vertical-align: top; }
        th { background: var(--panel); }

        .pager { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin: .5rem 0 1.5rem; font-size: .95rem; }
        .pager .prev, .pager .next { flex: 1; }
        .pager .next { text-align: right; }
        .pager .up { white-space: nowrap; }
        .pager.bottom { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
        .lesson-meta { color: var(--muted); font-size: .9rem; display: flex; gap: 1rem; }
        .status { font-weight: 600; white-space: nowrap; }
        .status.passed { color: var(--pass); }
        .status.failed { color: var(--fail); }

        .cell { margin: 1.25rem 0; }
        .cell.code { border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
        .cell.code .input { position: relative; background: var(--panel); }
        .prompt { position: absolute; right: .6rem; top: .35rem; color: var(--muted); font: .75rem ui-monospace, monospace; }
        .cell.exercise { border-color: #bf8700; }
        .cell.check { border-color: #8250df; }
        .badges { padding: .3rem .75rem; border-bottom: 1px solid var(--line); background: #fff8c5; }
        .cell.check .badges { background: #fbefff; }
        .badge { font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; margin-right: .5rem; }
        .outputs { border-top: 1px solid var(--line); }
        .output { margin: 0; }
        .output + .output { border-top: 1px dashed var(--line); }
        pre.output { background: var(--page); }
        pre.output.stderr { color: var(--stderr); background: #fff8c5; }
        .cell.check pre.output, .task-timeline-check { white-space: pre-wrap; overflow-wrap: anywhere; }
        .output.html, .output.image, .output.markdown { padding: .75rem 1rem; overflow-x: auto; }
        .output.html table { font-size: .875rem; }
        .output.error { background: #ffebe9; color: #82071e; }
        .output.error .error-title { font-weight: 600; padding: .5rem 1rem 0; font-family: ui-monospace, monospace; font-size: .875rem; }
        .output.error .error-trace { color: #82071e; }
        .output.unsupported { color: var(--muted); font-style: italic; padding: .5rem 1rem; }
        .output.image img { max-width: 100%; }
        .plotly-output { min-height: 2rem; }

        .tok-keyword { color: #cf222e; }
        .tok-string { color: #0a3069; }
        .tok-comment { color: #59636e; font-style: italic; }
        .tok-number { color: #0550ae; }
        .tok-type { color: #953800; }
        .tok-method { color: #8250df; }
        .tok-identifier { color: var(--text); }
        .tok-preprocessor { color: #6e7781; }

        .run-summary { color: var(--muted); }
        table.lessons { width: 100%; }
        table.lessons th, table.lessons td.number { white-space: nowrap; }
        table.lessons td.number { color: var(--muted); }
        .lesson-title { font-weight: 600; font-size: 1.05rem; }
        .lesson-summary { margin: .2rem 0 0; color: var(--muted); font-size: .92rem; }
        """;
}
