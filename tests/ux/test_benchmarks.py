"""The benchmark scripts work (no timing is asserted: figures go to BENCHMARKS.md)."""
from __future__ import annotations

import hashlib
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
