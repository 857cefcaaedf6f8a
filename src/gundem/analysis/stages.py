"""The built stages, each wired from a language's resources (loaded once, here)."""
from __future__ import annotations

from gundem.analysis.counts import CountFinder, load_count_grammar
from gundem.analysis.entities import EntityRecognizer
from gundem.analysis.entities_en import EnglishEntityRecognizer
from gundem.analysis.events import (
    EventFinder,
    capitals_for_their_states,
    load_grammar,
    places_not_sides,
)
from gundem.analysis.groups import find_groups
from gundem.analysis.lang.loader import LanguageResources, read_morphology
from gundem.analysis.linking import link_article
from gundem.analysis.pipeline import Stage
from gundem.analysis.quotes import QuoteFinder, load_speech
from gundem.analysis.timex import TimeTagger, TimeVocabulary
from gundem.model import Annotations, Article


def build_recognizer(resources: LanguageResources, use_model: bool = True) -> EntityRecognizer | EnglishEntityRecognizer:
    """Rules and tables, plus the language's shipped NER model when there is one."""
    from gundem.analysis.ner_model import NerModel, default_model_path

    if resources.lang == "en":
        from spacy.lang.en.stop_words import STOP_WORDS

        return EnglishEntityRecognizer(resources, frozenset(STOP_WORDS), read_morphology(resources.lang))
    model_path = default_model_path(resources.lang) if use_model else None
    return EntityRecognizer(resources, NerModel(model_path) if model_path else None)


def entity_stage(resources: LanguageResources, use_model: bool = True) -> Stage:
    lang = resources.lang
    recognizer = build_recognizer(resources, use_model)

    def run(article: Article, annotations: Annotations) -> None:
        mentions = recognizer(article)
        mentions, entities = link_article(article.analysis_text, mentions, resources, article.dct)
        annotations.mentions, annotations.entities = find_groups(article.analysis_text, mentions, entities, resources)

    return Stage("entities", frozenset({lang}), (), ("mentions", "entities"), run)


def time_stage(lang: str, vocabulary: TimeVocabulary) -> Stage:
    tagger = TimeTagger(vocabulary)

    def run(article: Article, annotations: Annotations) -> None:
        # "Pazar ve Ardeşen ilçelerinde": a word the entity stage read as a place's name is no day
        places = {(m.start, m.end) for m in annotations.mentions if m.type == "LOC"}
        annotations.timexes = [timex for timex in tagger(article) if (timex.start, timex.end) not in places]

    return Stage("time", frozenset({lang}), ("mentions",), ("timexes",), run)


def quote_stage(resources: LanguageResources) -> Stage:
    lang = resources.lang
    finder = QuoteFinder(load_speech(lang), resources.focus_particle, resources.titles,
                         lambda key: entry.kind if (entry := resources.known_by_key.get(key)) is not None else None, resources.dateline)

    def run(article: Article, annotations: Annotations) -> None:
        annotations.quotes, annotations.indirect_speech = finder(article.analysis_text, annotations.mentions)

    return Stage("quotes", frozenset({lang}), ("mentions",), ("quotes", "indirect_speech"), run)


def event_stage(resources: LanguageResources, time_vocabulary: TimeVocabulary) -> Stage:
    """Turkish events read by case endings (``events.py``), English ones by word order
    (``events_en.py``, which also needs the article's date); both count with ``counts.py``."""
    lang = resources.lang
    count_grammar = load_count_grammar(lang, time_vocabulary.data["number_words"])
    counts = CountFinder(count_grammar) if count_grammar else None
    if lang == "en":
        from gundem.analysis.events_en import EnglishEventFinder, load_english_grammar

        english = EnglishEventFinder(load_english_grammar(), resources.title_words, resources.demonyms, resources.dateline, counts)
        find = lambda article, notes: english(article.analysis_text, notes.mentions, notes.timexes, notes.entities, notes.quotes, article.dct)
    else:
        turkish = EventFinder(load_grammar(lang), resources, time_vocabulary, counts)
        find = lambda article, notes: turkish(article.analysis_text, notes.mentions, notes.timexes, notes.entities, notes.quotes, article.dct)

    def run(article: Article, annotations: Annotations) -> None:
        found = places_not_sides(find(article, annotations), annotations.entities, resources.waters)
        annotations.events = capitals_for_their_states(found, annotations.entities, resources.is_capital)

    return Stage("events", frozenset({lang}), ("mentions", "timexes", "quotes"), ("events",), run)
