"""The data-quality page (quality.html beside the HTML report's index).

Rendered from the warehouse's own check results (quality_data.py), in the
report's layout, with its style and a small filter script inline: it reads the
same from file:// with no network (Great Expectations' Data Docs load theirs
from CDNs). At the scale of a collection it lists at most `per_check` findings
per check and names the command that has the rest.
"""
from __future__ import annotations

from html import escape

from dagster_project.site.layout import page
from dagster_project.site.quality_data import (
    SEVERITY_ORDER,
    STATUS_ORDER,
    STATUSES,
    Expectation,
    Figure,
    Finding,
    QualityData,
    cap_per_check,
    html_id,
)

QUALITY_CSS = """
[hidden] { display: none !important; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: .8em; font-weight: 600;
         white-space: nowrap; }
.sev-error { background: #fde2e1; color: #a40e26; } .sev-warning { background: #fff1cc; color: #7a4d00; }
.sev-critical { background: #fde2e1; color: #a40e26; } .sev-info { background: #e6f0ff; color: #0b4f9c; }
.st-fail { background: #a40e26; color: #fff; } .st-quarantined { background: #8250df; color: #fff; }
.st-explained { background: #dbeafe; color: #1e40af; } .st-pass { background: #dafbe1; color: #116329; }
.num.bad { color: #a40e26; font-weight: 600; } .num.zero { color: #999; }
form.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 6px 14px;
               align-items: center; background: #fafafa; padding: 8px 0; border-bottom: 1px solid #ddd; }
form.filters label { font-size: .9em; } form.filters input, form.filters select { font: inherit; }
#shown { color: #667; font-size: .85em; }
.scroll { max-height: 440px; overflow: auto; border: 1px solid #e5e5e5; }
table.findings { width: 100%; } table.findings td.what { width: 62%; }
table.findings p.sentence { margin: .3em 0 0; font-size: .95em; }
p.more { background: #fff8e6; border-left: 3px solid #d4a72c; padding: 6px 10px; }
tr.failed td { background: #fff5f5; }
p.verdict { font-weight: 600; } p.verdict.bad { color: #a40e26; } p.verdict.ok { color: #116329; }
table.expectations { width: 100%; } table.expectations td.desc { width: 42%; }
table.expectations td.desc code { overflow-wrap: anywhere; } .badge.sev-muted { background: #eef1f4; color: #667; }
h2, h3, section, tr { scroll-margin-top: 64px; }
code.cmd { background: #eef1f4; padding: 1px 5px; border-radius: 3px; }
"""

# Inline, no data in it: every row carries its own data-* attributes. A row is
# shown when each filter it has an attribute for matches: report and place by
# part of the name, check by name or family (structure), status exactly.
FILTER_JS = r"""
(function () {
  var form = document.getElementById('filters');
  var keys = ['report', 'check', 'status', 'place'];
  var shown = document.getElementById('shown');
  function want() {
    var w = {};
    keys.forEach(function (k) { w[k] = (form.elements[k].value || '').trim().toLowerCase(); });
    return w;
  }
  function matches(row, w) {
    return keys.every(function (k) {
      var v = row.getAttribute('data-' + k);
      if (!w[k] || v === null) return true;
      v = v.toLowerCase();
      if (k === 'check') return v === w[k] || v.indexOf(w[k] + '.') === 0;
      if (k === 'status') return v === w[k];
      return v.indexOf(w[k]) >= 0;
    });
  }
  function apply() {
    var w = want(), total = 0, visible = 0;
    document.querySelectorAll('[data-filter]').forEach(function (row) {
      var ok = matches(row, w);
      row.hidden = !ok;
      if (row.classList.contains('finding')) { total++; if (ok) visible++; }
    });
    document.querySelectorAll('section.check-findings').forEach(function (s) {
      s.hidden = !s.querySelector('tr.finding:not([hidden])');
    });
    var active = keys.filter(function (k) { return w[k]; });
    shown.textContent = active.length ? visible + ' of ' + total + ' listed findings shown' : total + ' findings listed';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.querySelectorAll('a[data-pick]').forEach(function (a) {
    a.addEventListener('click', function () {
      form.elements[a.getAttribute('data-pick')].value = a.getAttribute('data-value');
      apply();
    });
  });
  apply();
})();
"""


def _num(n: int, bad: bool = False) -> str:
    cls = "num bad" if bad and n else ("num zero" if not n else "num")
    return f'<td class="{cls}">{n}</td>'


def _badge(kind: str, value: str) -> str:
    return f'<span class="badge {kind}-{escape(value)}">{escape(value)}</span>'


def _breakable(name: str) -> str:
    """A long snake_case name that may wrap after its underscores."""
    return escape(name).replace("_", "_<wbr>")


def _cmd(text: str) -> str:
    return f'<code class="cmd">{escape(text)}</code>'


def mark_figures(sentence: str, figures: tuple[Figure, ...], report_href: str) -> str:
    """The sentence, escaped, with the figures the finding names marked and linked
    to their place in the report's page. A figure of another sentence is not marked."""
    spans: list[tuple[int, int, Figure]] = []
    for f in figures:
        if f.sentence is not None and f.sentence != sentence:
            continue
        pos = f.offset - f.sentence_offset if f.sentence_offset is not None else -1
        if pos < 0 or sentence[pos:pos + len(f.text)] != f.text:
            pos = sentence.find(f.text) if f.text and sentence.count(f.text) == 1 else -1
        if pos >= 0 and f.text:
            spans.append((pos, pos + len(f.text), f))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, cursor = [], 0
    for start, end, f in spans:
        if start < cursor:
            continue
        out.append(escape(sentence[cursor:start]))
        out.append(f'<mark><a href="{escape(report_href)}#{escape(html_id("f-", f.fact_id))}">'
                   f"{escape(sentence[start:end])}</a></mark>")
        cursor = end
    out.append(escape(sentence[cursor:]))
    return "".join(out)


def _fmt(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:.4g}" if abs(x) < 1e6 else f"{x:.6g}"


def finding_row(data: QualityData, f: Finding) -> str:
    meta = data.reports.get(f.report_id)
    place = (meta.place if meta else None) or ""
    year = str(meta.year) if meta and meta.year else ""
    href = f"reports/{f.report_id}.html"
    sentences = "".join(f'<p class="sentence">{mark_figures(s, f.figures, href)}</p>' for s in f.sentences)
    detail = f"stated {_fmt(f.stated)} · implied {_fmt(f.implied)} · offsets {', '.join(map(str, f.offsets))}"
    return (
        f'<tr class="finding" id="{escape(f.anchor)}" data-filter data-report="{escape(f.report_id)}" '
        f'data-check="{escape(f.check)}" data-status="{escape(f.status)}" data-place="{escape(place)}">'
        f'<td>{_badge("sev", f.severity)}<br>{_badge("st", f.status)}</td>'
        f'<td><a href="{escape(href)}">{escape(f.report_id)}</a><br>'
        f'<span class="ctx">{escape(" · ".join(x for x in (place, year) if x))}</span></td>'
        f"<td><code>{escape(f.check)}</code></td>"
        f'<td class="what"><div class="message">{escape(f.message)}</div>{sentences}'
        f'<div class="ctx">{escape(detail)}</div></td></tr>'
    )


def checks_table(data: QualityData, listed: dict[str, list[Finding]]) -> str:
    rows = []
    for c in data.checks:
        n_listed = len(listed.get(c.check, []))
        link = (f'<a href="#{escape(html_id("check-", c.check))}">{escape(c.check)}</a>' if n_listed
                else escape(c.check))
        rows.append(
            f'<tr data-filter data-check="{escape(c.check)}"><td><code>{link}</code></td>{_num(c.ran)}'
            f"{_num(c.passed)}{_num(c.explained)}{_num(c.failed, True)}{_num(c.quarantined, True)}</tr>")
    return ('<table class="checks"><thead><tr><th>Check</th><th>Ran</th><th>Pass</th><th>Explained</th>'
            '<th>Fail</th><th>Quarantined</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


def reports_table(data: QualityData) -> str:
    if not data.by_report:
        return "<p>No report has a failed check or a quarantined fact.</p>"
    rows = []
    for r in data.by_report:
        m = r.report
        rows.append(
            f'<tr data-filter data-report="{escape(m.report_id)}" data-place="{escape(m.place or "")}">'
            f'<td><a href="#findings" data-pick="report" data-value="{escape(m.report_id)}" '
            f'title="show this report\'s findings">{escape(m.report_id)}</a> '
            f'<a class="ctx" href="reports/{escape(m.report_id)}.html">report</a></td>'
            f'<td>{escape(m.place or "?")}</td><td class="num">{escape(str(m.year or ""))}</td>'
            f'<td>{escape(m.level or "")}</td>'
            f"{_num(r.errors, True)}{_num(r.failed, True)}{_num(r.quarantined, True)}{_num(r.explained)}</tr>")
    return ('<div class="scroll"><table class="reports"><thead><tr><th>Report</th><th>Place</th><th>Year</th>'
            '<th>Level</th><th>Errors</th><th>Fail</th><th>Quarantined</th><th>Explained</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></div>")


def findings_sections(data: QualityData, listed: dict[str, list[Finding]], unlisted: dict[str, int]) -> str:
    if not listed:
        return "<p>Every check passed: no findings.</p>"
    out = []
    # The checks whose worst finding is worst first (an error, a fail, a quarantined fact, then explained).
    worst = {check: min((SEVERITY_ORDER.get(f.severity, 9), STATUS_ORDER.get(f.status, 9)) for f in fs)
             for check, fs in listed.items()}
    for check, fs in sorted(listed.items(), key=lambda kv: (worst[kv[0]], kv[0])):
        total = len(fs) + unlisted[check]
        rows = "".join(finding_row(data, f) for f in fs)
        more = ""
        if unlisted[check]:
            more = (f'<p class="more">… and {unlisted[check]} more {escape(check)} findings not listed here '
                    f"(the first {len(fs)} are: errors, fails, quarantined, then explained; the worst reports "
                    f"first). All of them: {_cmd(f'govreport quality --check {check} --limit 0')}, or one "
                    f"report's: {_cmd('govreport quality --report ID')}.</p>")
        out.append(
            f'<section class="check-findings" id="{escape(html_id("check-", check))}" data-check="{escape(check)}">'
            f'<h3><code>{escape(check)}</code> <span class="ctx">{total} findings'
            f'{f", {len(fs)} listed" if unlisted[check] else ""}</span></h3>'
            '<table class="findings"><thead><tr><th>Severity / status</th><th>Report</th><th>Check</th>'
            '<th>Finding and the report\'s sentences</th></tr></thead><tbody>'
            f"{rows}</tbody></table>{more}</section>")
    return "\n".join(out)


def expectation_check(e: Expectation) -> str:
    """The check whose results an expectation validates: fct_check_shares → shares, a column of
    fct_check_fact_structure → structure.<column> (fct_check_results' check_id is `<check>:<row id>`)."""
    name = e.suite.removeprefix("fct_check_")
    return f"structure.{e.column}" if name == "fact_structure" else name


def expectations_table(expectations: list[Expectation] | None, anchors: set[str]) -> str:
    if expectations is None:
        return "<p>This warehouse has no Great Expectations results (quality.expectation_results).</p>"
    order = sorted(expectations, key=lambda e: (e.success, SEVERITY_ORDER.get(e.severity, 0), e.suite))
    rows = []
    for e in order:
        ids = []
        for i in e.failing_ids[:5]:
            anchor = html_id("c-", f"{expectation_check(e)}:{i}")
            ids.append(f'<a href="#{escape(anchor)}"><code>{escape(i)}</code></a>' if anchor in anchors
                       else f"<code>{escape(i)}</code>")
        extra = f" +{len(e.failing_ids) - 5}" if len(e.failing_ids) > 5 else ""
        # A passed expectation's severity is shown muted: only a failure's matters.
        severity = (_badge("sev", e.severity) if not e.success
                    else f'<span class="badge sev-muted">{escape(e.severity)}</span>')
        rows.append(
            f'<tr class="{"passed" if e.success else "failed"}"><td><code>{_breakable(e.suite)}</code></td>'
            f'<td><code>{_breakable(e.expectation)}</code>'
            f'{f"<br>column <code>{escape(e.column)}</code>" if e.column else ""}'
            f'</td><td>{severity}</td>'
            f'<td>{_badge("st", "pass" if e.success else "fail")}</td>'
            f'<td class="num">{e.unexpected_count if e.unexpected_count is not None else "—"} of '
            f'{e.element_count if e.element_count is not None else "—"}</td>'
            f'<td class="desc">{escape(e.description)}{"<br><span class=ctx>first failing rows:</span> " + " ".join(ids) + extra if ids else ""}'
            "</td></tr>")
    return ('<table class="expectations"><thead><tr><th>Suite</th><th>Expectation</th><th>Severity</th>'
            '<th>Outcome</th><th>Unexpected rows</th><th>What it checks</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def filters_form(data: QualityData) -> str:
    checks = sorted({c.check for c in data.checks} | {f.check for f in data.findings})
    families = sorted({c.split(".", 1)[0] for c in checks if "." in c})
    check_options = "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in sorted(set(checks) | set(families)))
    statuses = "".join(f'<option value="{s}">{s}</option>' for s in STATUSES if s != "pass")
    with_findings = sorted({f.report_id for f in data.findings})
    places = sorted({p for rid in with_findings if (m := data.reports.get(rid)) and (p := m.place)})
    return (
        '<form id="filters" class="filters" autocomplete="off">'
        '<label>Report <input name="report" list="report-ids" size="16" placeholder="id, or part of it"></label>'
        f'<label>Check <select name="check"><option value="">all</option>{check_options}</select></label>'
        f'<label>Status <select name="status"><option value="">all</option>{statuses}</select></label>'
        '<label>Place <input name="place" list="place-names" size="10" placeholder="e.g. 乌鲁木齐"></label>'
        '<button type="reset">Clear</button> <span id="shown"></span>'
        '<datalist id="report-ids">' + "".join(f'<option value="{escape(r)}">' for r in with_findings) + "</datalist>"
        '<datalist id="place-names">' + "".join(f'<option value="{escape(p)}">' for p in places) + "</datalist>"
        "</form>")


def render_quality(data: QualityData | None) -> str:
    """The whole page, from the check results (None: the warehouse has none)."""
    footer = ("Built by govreport from the warehouse's check results (main.fct_check_results, "
              "quality.expectation_results). Every marked figure links to it in its report.")
    if data is None:
        body = ("<h1>Data quality</h1><p>This warehouse has no check results (main.fct_check_results): "
                "rebuild it with <code>govreport run</code>.</p>")
        return page("Data quality — govreport", body, home="index.html", extra_css=QUALITY_CSS, footer=footer)
    rank = {r.report.report_id: i for i, r in enumerate(data.by_report)}
    listed, unlisted = cap_per_check(data.findings, data.per_check, rank)
    anchors = {f.anchor for fs in listed.values() for f in fs}
    n = {s: sum(getattr(c, a) for c in data.checks) for s, a in
         (("ran", "ran"), ("pass", "passed"), ("explained", "explained"), ("fail", "failed"),
          ("quarantined", "quarantined"))}
    errors = sum(f.severity == "error" for f in data.findings)
    exps = data.expectations or []
    failed = [e for e in exps if not e.success]
    critical = [e for e in failed if e.severity == "critical"]
    if data.expectations is None:
        verdict = '<p class="verdict">No Great Expectations results in this warehouse.</p>'
    elif critical or errors:
        verdict = (f'<p class="verdict bad">{len(critical)} critical expectations failed, {errors} errors: '
                   "the run that built this warehouse failed (a report's parse is broken throughout).</p>")
    else:
        verdict = ('<p class="verdict ok">No critical expectation failed: the findings below are about the '
                   "reports (warnings), not a failed run.</p>")
    n_listed = sum(len(fs) for fs in listed.values())
    body = "\n".join([
        "<h1>Data quality</h1>",
        f'<p class="ctx">{len(data.reports)} reports · {n["fail"]} fail, {n["quarantined"]} quarantined, '
        f'{n["explained"]} explained; the other {n["pass"]} of {n["ran"]} checks made pass (the structural '
        "checks run on every fact) · "
        f"{len(data.by_report)} reports with findings · Great Expectations: {len(exps)} expectations, "
        f"{len(failed)} failed ({len(critical)} critical)</p>",
        verdict,
        '<nav class="toc"><a href="#by-check">By check</a><a href="#by-report">By report</a>'
        '<a href="#findings">Findings</a><a href="#expectations">Expectations</a></nav>',
        filters_form(data),
        '<h2 id="by-check">By check</h2>',
        "<p>A check compares figures a report states together (README, “Data quality”). <b>fail</b>: they "
        "disagree beyond the rounding of the printed figures (a warning about the report, or a misread pairing); "
        "<b>explained</b>: by price basis; <b>quarantined</b>: a fact that breaks a structural rule, kept out of "
        "targets and attainment. A structural check runs on every fact.</p>",
        checks_table(data, listed),
        '<h2 id="by-report">Reports with findings <span class="ctx">worst first</span></h2>',
        reports_table(data),
        '<h2 id="findings">Findings</h2>',
        f"<p>{len(data.findings)} results are not a pass; {n_listed} are listed here, at most {data.per_check} "
        f"per check, with the report's sentences (the figures the check compares are marked). Every result: "
        f"{_cmd('govreport quality --format json')}; on a screen: {_cmd('govreport quality --check NAME')}, "
        f"{_cmd('--report ID')}, {_cmd('--status fail')}, {_cmd('--place NAME')}.</p>",
        findings_sections(data, listed, unlisted),
        '<h2 id="expectations">Great Expectations</h2>',
        "<p>Every expectation of the suites (one per check model, from <code>expectations/templates/</code>) and its outcome on the check "
        "models (a critical failure fails the run; a warning is a finding). Great Expectations' own Data Docs "
        'are in <a href="../data_docs/index.html">../data_docs/index.html</a> (they load their style from the '
        "network).</p>",
        expectations_table(data.expectations, anchors),
    ])
    return page("Data quality — govreport", body, home="index.html", extra_css=QUALITY_CSS,
                script=FILTER_JS, footer=footer)
