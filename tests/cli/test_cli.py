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


def test_eval_prints_the_table(tmp_path, capsys):
    from tests.conftest import GOLD

    output = tmp_path / "out.jsonl"
    main(["annotate", str(EXAMPLES), "-o", str(output), "--quiet"])
    capsys.readouterr()
    assert main(["eval", "--gold", str(GOLD), str(output), "--json"]) == 0
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
