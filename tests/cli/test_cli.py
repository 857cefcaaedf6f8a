"""The command line end to end: files in, JSON Lines out, problems on stderr, exit codes."""
import json

from gundem.cli.main import main
from tests.conftest import EXAMPLES


def test_annotate_writes_one_document_per_article_and_prints_a_summary(tmp_path, capsys):
    output = tmp_path / "out.jsonl"
    code = main(["annotate", *sorted(str(p) for p in EXAMPLES.glob("*.txt")), "--output", str(output)])
    documents = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    printed = capsys.readouterr().out
    assert code == 0
    assert [d["doc"] for d in documents] == ["000_292c7b092348037e", "001_517464675fa63045"]
    assert "Abbas Erakçı (IRN)" in printed and "'hafta başında' → 2026-W07" in printed


def test_a_bad_file_is_reported_the_rest_is_written_and_the_exit_code_says_so(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code = main(["annotate", str(tmp_path / "empty.txt"), str(EXAMPLES / "000_292c7b092348037e.txt"), "-o", str(output), "--quiet"])
    assert code == 1
    assert "empty.txt: empty" in capsys.readouterr().err
    assert len(output.read_text(encoding="utf-8").splitlines()) == 1


def test_eval_prints_the_table(tmp_path, capsys, gold_folder):
    output = tmp_path / "out.jsonl"
    main(["annotate", str(EXAMPLES), "-o", str(output), "--quiet"])
    capsys.readouterr()
    assert main(["eval", "--gold", str(gold_folder), str(output), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["mentions_strict"]["f1"] >= 0.97
    assert result["linking_b3"]["f1"] >= 0.98
    assert result["entity_country"]["accuracy"] == 1.0
    assert result["time"]["f1"] == 1.0 and result["time_value_accuracy"]["accuracy"] == 1.0


def test_ingest_then_list_show_and_entity(tmp_path, capsys):
    db = str(tmp_path / "g.db")
    assert main(["ingest", str(EXAMPLES), "--db", db]) == 0
    assert "2 added" in capsys.readouterr().out
    main(["list", "--db", db])
    assert "000_292c7b092348037e" in capsys.readouterr().out
    main(["show", "001_517464675fa63045", "--db", db])
    assert json.loads(capsys.readouterr().out)["dct"] == "2026-02-14"
    assert main(["entity", "Busaidi'ye", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)[0]["country"] == "OMN"
    assert main(["show", "nope", "--db", db]) == 1


def test_stories_timeline_and_conflicts_from_the_store(tmp_path, capsys):
    db = str(tmp_path / "g.db")
    main(["ingest", str(EXAMPLES), "--db", db])
    capsys.readouterr()
    main(["stories", "--db", db])
    assert "Iran – United States: talks and contacts\t2 articles\t10 events" in capsys.readouterr().out
    main(["timeline", "talks", "--db", db, "--format", "json"])
    events = json.loads(capsys.readouterr().out)
    assert [e["date"] for e in events][:3] == ["2025-06", "2026-02-06", "2026-02-06"]
    assert events[-1]["date"] is None  # undated events come last
    main(["timeline", "--entity", "Laricani", "--db", db])
    rows = capsys.readouterr().out.splitlines()[1:]
    assert len(rows) == 2 and all("Ali Laricani" in row for row in rows)
    main(["conflicts", "--db", db])
    assert "no disagreements" in capsys.readouterr().out


def test_timeline_straight_from_files_in_every_format(capsys):
    for fmt, marker in (("table", "precision"), ("markdown", "| date |"), ("html", "<table>"), ("json", '"docs"')):
        main(["timeline", str(EXAMPLES), "--format", fmt])
        assert marker in capsys.readouterr().out
