"""The benchmark scripts work (no timing is asserted: figures go to BENCHMARKS.md)."""
from __future__ import annotations

import hashlib
import re
import sys

from tests.conftest import REPO, shared_path

if str(REPO) not in sys.path:  # benchmarks/ is a folder of scripts beside the package
    sys.path.insert(0, str(REPO))

from benchmarks import common, run_benchmarks  # noqa: E402
from benchmarks.bench_pipeline import Scenario, replicate  # noqa: E402
from benchmarks.common import Timed  # noqa: E402


def test_benchmarks_stop_cleanly_without_the_corpus(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(common, "CORPUS", tmp_path / "no-shared" / "corpus")
    out = tmp_path / "BENCHMARKS.md"
    assert run_benchmarks.main(["--output", str(out)]) == 0
    assert "absent" in capsys.readouterr().out and not out.exists()


def test_parse_speed_measures_the_whole_corpus():
    corpus = shared_path("corpus")
    from benchmarks.bench_parse import parse_speed

    result = parse_speed(repeats=1)
    assert result["files"] == len(list(corpus.glob("*.txt")))
    assert result["mb"] == sum(p.stat().st_size for p in corpus.glob("*.txt")) / 1e6
    assert result["facts"] > 0 and result["mb_per_cpu_s"] > 0


def test_replicated_reports_are_new_reports_with_the_same_text(tmp_path):
    sources = []
    for i, text in enumerate(["地区生产总值增长6%。", "城镇新增就业10万人。"]):
        p = tmp_path / "src" / f"r{i}-2020.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(text, encoding="utf-8")
        sources.append(p)
    replicate(sources, 5, tmp_path / "out")
    files = sorted((tmp_path / "out").glob("*.txt"))
    assert len(files) == 5
    assert len({hashlib.sha256(f.read_bytes()).hexdigest() for f in files}) == 5  # no duplicates to refuse
    for f in files:
        source = next(s for s in sources if f.name.startswith(s.stem))
        assert f.read_text(encoding="utf-8").startswith(source.read_text(encoding="utf-8"))  # offsets unchanged


def test_report_states_each_goal():
    def scenario(name, reports, seconds, stages=""):
        return Scenario(name, reports, [Timed(s, 300.0, 0, stages) for s in seconds])

    parse = {"files": 49, "mb": 2.4, "seconds": 1.0, "runs": [1.0], "mb_per_s": 2.4, "mb_per_cpu_s": 2.6, "facts": 7000}
    pipe = {"one": scenario("one", 1, [20, 21, 22], "[1/6] parse reports done in 0.5s"),
            "corpus": scenario("corpus", 49, [25, 26, 27]),
            "incremental": scenario("incremental", 1, [22, 23, 24]),
            "scale": scenario("scale", 1000, [100, 110, 130])}
    text = run_benchmarks.render(parse, pipe, "test machine", "no profile")
    assert "2.60 MB per CPU-second" in text
    assert "1.24×" in text                     # 26 / 21
    assert "88% of the full corpus run" in text  # 23 / 26, over half: not met
    assert "110.0 s, peak memory 300 MB" in text
    assert text.count("**met**") == 3 and text.count("**not met**") == 1


def test_synthetic_reports_are_copies_under_new_paths_with_their_own_hash(tmp_path):
    from benchmarks.bench_pipeline import synthetic_raw

    root = tmp_path / "collection"
    for rel, text in [("城市/乌鲁木齐市/2021.md", "---\ntitle: 2021年政府工作报告\n---\n地区生产总值增长6%。\n"),
                      ("国务院/2020.md", "城镇新增就业1100万人。\n")]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "SOURCES.md").write_text("about the collection", encoding="utf-8")  # not a report
    info = synthetic_raw(root, 5, tmp_path / "raw")
    files = sorted(p for p in (tmp_path / "raw").rglob("*.md"))
    assert info["files"] == len(files) == 5 and info["sources"] == 2 and info["copies"] == 3
    assert {p.relative_to(tmp_path / "raw").parts[0] for p in files} == {"副本00", "副本01", "副本02"}
    assert len({hashlib.sha256(f.read_bytes()).hexdigest() for f in files}) == 5  # no duplicates to skip
    for f in files:
        source = root / f.relative_to(tmp_path / "raw" / f.relative_to(tmp_path / "raw").parts[0])
        text = f.read_text(encoding="utf-8")
        assert text.startswith(source.read_text(encoding="utf-8"))  # front matter and offsets unchanged
        assert not any(ch.isdigit() for ch in text[len(source.read_text(encoding="utf-8")):])  # no figure added


def test_a_failed_synthetic_run_is_recorded_with_its_stage_and_memory(tmp_path):
    from benchmarks.bench_pipeline import failed_stage, stage_profile

    lines = [(1.0, "run set up in 1.0s"), (1.5, "[1/7] parse reports started"), (4.0, "[1/7] parse reports done in 2.5s"),
             (4.1, "[2/7] dbt build (models and tests) started")]
    memory = [(0.5, 100.0), (2.0, 900.0), (3.9, 800.0), (5.0, 3000.0), (9.0, 4000.0)]
    run = Timed(10.0, 4000.0, -9, "\n".join(text for _, text in lines), lines=lines, memory=memory)
    assert failed_stage(run) == "dbt build (models and tests)"
    profile = stage_profile(run)
    assert profile["parse reports"] == (2.5, 900.0) and profile["dbt build (models and tests)"][1] == 4000.0
    base = Scenario("lawtext", 1585, [Timed(200.0, 1500.0, 0, "[1/7] parse reports done in 100.0s",
                                            lines=[(110.0, "[1/7] parse reports done in 100.0s")],
                                            memory=[(50.0, 1200.0)])])
    syn = Scenario("synthetic", 15000, [run], failure="killed by signal 9 in stage \"dbt build\"",
                   notes={"raw": {"files": 15000, "sources": 1585, "copies": 10, "mb": 800.0, "build_seconds": 9.0}})
    text = run_benchmarks.render_synthetic({"lawtext": base, "synthetic": syn})
    assert text.startswith("## 15,000 reports measured (synthetic")
    assert "One run, not a median" in text and "FAILED: killed by signal 9" in text
    assert "| parse reports | 100.0 | 1200 | 2.5 | 900 |" in text
    doc = "# Benchmarks\n\n## Goals\n\nx\n\n## Profile\n\np\n\n## Findings\n\nkept\n"
    once = run_benchmarks.splice_synthetic(doc, text)
    twice = run_benchmarks.splice_synthetic(once, text.replace("One run", "One run again"))
    assert once.index("15,000 reports measured") < once.index("## Profile") and "kept" in twice
    assert twice.count("reports measured (synthetic") == 1 and "One run again" in twice


def test_a_partial_measurement_keeps_the_rows_it_did_not_measure():
    def scenario(name, reports, seconds, stages="[1/6] parse reports done in 0.5s"):
        return Scenario(name, reports, [Timed(s, 300.0, 0, stages, cpu_seconds=s) for s in seconds])

    full = {"lawtext": scenario("lawtext", 1585, [120, 125, 130]),
            "lawtext-incremental": scenario("one report added to lawtext", 1, [50, 54, 55])}
    old = run_benchmarks.render(None, full, "test machine", "no profile").replace("at commit `", "at commit `abc1234", 1)
    plain = {"one": scenario("one report", 1, [60, 64, 70]),
             "plain-one": Scenario("plain wiring, one report", 1, [Timed(s, 300.0, 0, "", cpu_seconds=s)
                                                                  for s in (100, 110, 120)], staged=False)}
    text = run_benchmarks.carry_unmeasured(old, run_benchmarks.render(None, plain, "test machine", "no profile"))
    goals = text[text.index("## Goals"):text.index("## Where")]
    # The plain ratio just measured, and the lawtext goals carried with the commit they were measured at.
    assert "7a. One-report ratio against the plain wiring | govreport ÷ plain: 0.58×" in goals
    assert "| 5. Lawtext, 1,585 Markdown files (at `abc1234" in goals and "125.0 s (125 CPU-s)" in goals
    assert "6. One report added to the lawtext warehouse (at `abc1234" in goals and "43% of the full" in goals
    assert "were not measured by this invocation" in goals
    stages = text[text.index("## Where"):]
    assert "| lawtext (at `abc1234" in stages and "| one report |" in stages
    assert "- lawtext (3 runs): 120.0 s" in text and text.count("(3 runs)") == 4
    # Lawtext measured again: its rows are the new ones (not carried, not twice); the plain rows are carried.
    again = run_benchmarks.carry_unmeasured(text, run_benchmarks.render(None, full, "test machine", "no profile"))
    goals = again[again.index("## Goals"):again.index("## Where")]
    assert goals.count("5. Lawtext") == 1 and "| 5. Lawtext, 1,585 Markdown files |" in goals
    assert re.search(r"\| 7a\. One-report ratio against the plain wiring \(at `\w+`\) \| govreport ÷ plain: 0\.58×", goals)
