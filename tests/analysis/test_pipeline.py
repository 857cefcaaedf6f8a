from datetime import date

import pytest

from gundem.analysis.pipeline import ALL_STAGES, Pipeline, Stage
from gundem.model import Article


def _stage(name, requires=(), produces=(), languages=("tr",)):
    def run(article, annotations):
        annotations.quotes.append({"by": name})

    return Stage(name, frozenset(languages), requires, produces, run)


def test_a_stage_needing_what_no_earlier_stage_produces_is_refused():
    with pytest.raises(ValueError, match="requires"):
        Pipeline([_stage("events", requires=("mentions",)), _stage("entities", produces=("mentions",))])


def test_stages_not_built_for_a_language_are_listed_as_absent_not_invented():
    pipeline = Pipeline([_stage("entities", produces=("mentions",))])
    english = Article(doc="e", text="Talks resumed.", dct=date(2026, 1, 1), lang="en")
    result = pipeline.analyse(english)
    assert result.annotations.stages_run == []
    assert result.annotations.stages_absent == list(ALL_STAGES)
    assert result.annotations.quotes == []


def test_the_built_pipeline_runs_every_stage_on_turkish(seed_output):
    assert all(doc["stages_run"] == ["entities", "time", "quotes", "events"] for doc in seed_output)
    assert all(doc["stages_absent"] == [] for doc in seed_output)


def test_english_articles_run_every_stage(tmp_path):
    from gundem.core import Analyser

    path = tmp_path / "en.jsonl"
    path.write_text('{"id": "en1", "date": "2026-02-01", "text": "The foreign ministers met in Geneva on Tuesday and agreed to continue talks."}\n', encoding="utf-8")
    document = next(iter(Analyser().annotate([str(path)])))
    assert document["lang"] == "en"
    assert document["stages_run"] == ["entities", "time", "quotes", "events"]
    assert document["stages_absent"] == []
    assert [t["text"] for t in document["timexes"]] == ["Tuesday"]
    assert [m["text"] for m in document["mentions"]] == ["Geneva"]
    met = document["events"][0]
    assert (met["type"], met["status"], met["date"], document["entities"][met["location"]]["name"]) == ("CONSULT", "occurred", "2026-01-27", "Geneva")

def test_a_word_read_as_a_place_is_no_day(analyser):
    # "Pazar" is a district of Rize and Sunday: with "ilçelerinde" after it, a place
    text = "Rize'de sel: Pazar ve Ardeşen ilçelerinde bazı evler boşaltıldı. Toplantı pazar günü yapılacak."
    document = analyser.annotate_one(Article(doc="p", text=text, dct=date(2026, 11, 27), lang="tr"))
    assert [timex["text"] for timex in document["timexes"]] == ["pazar günü"]
    assert "Pazar" in [mention["text"] for mention in document["mentions"] if mention["type"] == "LOC"]
