"""Find PER / ORG / LOC mentions.

Candidates are runs of capitalised words (joined by name particles such as ``bin`` and
``el-``); a run stops where an apostrophe suffix starts, so ``Çavuşoğlu'nun`` gives ``Çavuşoğlu``.
Each run is then split and typed by the signals Turkish gives, in order of certainty:

1. a title inside or before the run (``Dışişleri Bakanı``, ``damadı``): a person follows;
2. a closing organisation word (``Bakanlığı``, ``Konseyi``): the run is one organisation;
3. a lower-case cue after the run (``haber platformu``): an organisation;
4. the place/organisation tables, when they cover the whole run;
5. a person already named in the article (``Trump`` after ``Donald Trump``);
6. the statistical model, for everything else.

In an ALL-CAPS line capitals carry no signal, so only the tables are used there.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from gundem.analysis.lang.loader import (
    PLURAL_POSSESSIVES,
    KnownName,
    LanguageResources,
    small_home_town,
)
from gundem.analysis.text import (
    APOSTROPHES,
    HEADLINE_MAX_WORDS,
    ROMAN_NUMERAL,
    Token,
    fold,
    is_all_caps_line,
    names_a_model,
    reads_as_stem_or_derived,
    sentences,
    strip_suffix,
    suffix_after,
    tokenize,
    turkish_lower,
    turkish_upper,
)
from gundem.model import NAME_TYPES, Article, Mention

PRODUCT_CODE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")  # "A321neo", "F16": letters and digits in one word
KEPT_TYPES = NAME_TYPES  # a model retrained with more labels (books, events) keeps only these
THE_WORLD = "region:001"  # UN M49's code for the whole world
# "(UEK)": two to eight capitals, letters or digits, in brackets straight after a name
# the name's case ending may stand between: "Başkanlığından (AFAD)", "Başkanlığı'ndan (AFAD)"
BRACKETED_ACRONYM = re.compile(r"(?:['’]?\w+)? ?\(([A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9]{1,7})\)")
# "Alman Demiryolları (Deutsche Bahn)", "Venezuela Gelecek Hareketi'nden (Vente Venezuela)": a body's name in its own language
BRACKETED_NAME = re.compile(r"(?:['’]?\w+)? ?\(([A-ZÇĞİÖŞÜ][\w-]*(?: [A-ZÇĞİÖŞÜ][\w-]*){1,3})\)")
CAPITALISED_WORDS_AFTER = re.compile(r"\s+((?:[A-ZÇĞİÖŞÜ][\w'’]*)(?:\s+[A-ZÇĞİÖŞÜ][\w'’]*){0,3})")
AGE_AFTER_INITIALS = re.compile(r"\.?(?:['’]\w+)?\s*\(\d{1,3}\)")  # "A.K. (45)", "M.K.'yi (54)"
CLAUSE_MARKS = frozenset(",;:.!?")
EVENT_NAME_TOKENS = 3  # "Efes - 2026 tatbikatı": a hyphen and a number may stand between an event's name and its noun
EVENT_QUALIFIERS = 2  # "Zapad-2027 ortak askeri tatbikatına": words that qualify the event before its noun
FOLLOWING_TOKENS = 10  # read after a name for a cue: room for a short list ("A, B ve C mahalleleri")
OPENING_QUOTES = frozenset('"“«„‘')
QUOTE_MARKS = '"“”«»„'  # no apostrophe: it also sets off suffixes
# " Özel Temsilcisi," after a country: its office, then a comma and the holder's other office ("Ermenistan Özel
# Temsilcisi, Ulusal Meclis Başkan Yardımcısı Ruben Rubinyan")
OFFICE_THEN_COMMA = re.compile(r"(?:\s+[A-ZÇĞİÖŞÜ][\w’']*){0,3}\s+[A-ZÇĞİÖŞÜ]\w*(?:s[ıiuü]|[ıiuü]),")
OFFICE_FIELDS = re.compile(r"(?:\s+(?:[A-ZÇĞİÖŞÜ][\w’']*|ve))+")  # " Ulaştırma ve Altyapı" before "Bakanı"
GENITIVE_AFTER_A_NAME = re.compile(r"(?:['’]n?[ıiuü]n|\s+(?:yönetimi|hükümeti)nin)(?!\w)")  # "CHP'nin", "Taliban yönetiminin"
ABLATIVE_ENDING = re.compile(r"[dt][ae]n$")  # folded: "ticaretten", "genislemeden"
ADJECTIVAL_LOCATIVE_ENDINGS = ("daki", "deki", "taki", "teki", "ndaki", "ndeki")
GENITIVE_ENDINGS = ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün")
PLACE_BEFORE_ENDINGS = GENITIVE_ENDINGS + ADJECTIVAL_LOCATIVE_ENDINGS

SETTLEMENT_KINDS = ("city", "district", "province")  # places a port, an airport or a border gate is named after
MINOR_PLACE_KINDS = SETTLEMENT_KINDS  # a town's name may also be a given name or a common word
MAX_ACRONYM_LETTERS = 3  # "İBB", "ABB": a short all-capitals word is a body's initials, not a town
SPEAKING_CITY_POPULATION = 1_000_000  # a city this large may speak for its country ("Brüksel , ... açıkladı")
TEAM_TOWN_KINDS = frozenset(SETTLEMENT_KINDS)  # "Fransız ekibi Bastia": a town's club, not a country's team
PERSON_NAME_MAX_WORDS = 3  # "Tuncer Bakırhan", "Mehmet Ali Yılmaz": words after a title that can name its holder


@dataclass(frozen=True, slots=True)
class NameRun:
    tokens: tuple[Token, ...]
    suffix: Token | None  # the apostrophe suffix glued to the last token
    sentence_initial: bool
    following: tuple[Token, ...]  # the next few tokens, for cues
    model_type: str | None = None  # the model's label for this run, if any
    reports_speech: bool = False  # its sentence has a quote or a verb of saying
    tells_of_places: bool = False  # its sentence has a word for a settlement or region ("ilçesidir")
    named_as_speaker: bool = False  # right after a participle of saying, before a comma ("belirten Güney ,")
    paired: bool = False  # one of two names a hyphen joins before a noun of what pairs them ("Erdoğan-Putin görüşmesi")

    @property
    def lone_opener(self) -> bool:
        """One word opening the sentence, no suffix: capitalised whether a name or not."""
        return self.sentence_initial and self.suffix is None and len(self.tokens) == 1

    @property
    def before_a_comma(self) -> bool:
        return bool(self.following) and self.following[0].text == ","

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


@dataclass(frozen=True, slots=True)
class ModelSpan:
    start: int
    end: int
    type: str


class EntityRecognizer:
    """Rules plus an optional model; ``model`` maps (text, tokens) to :class:`ModelSpan` s."""

    def __init__(self, resources: LanguageResources, model=None) -> None:
        self.resources = resources
        self.model = model

    def __call__(self, article: Article) -> list[Mention]:
        text = article.analysis_text
        mentions: list[Mention] = []
        unresolved: list[NameRun] = []
        body: list[list[Token]] = []
        headlines: list[list[Token]] = []
        for sentence in sentences(text):
            tokens = tokenize(text, sentence.start, sentence.end)
            if is_headline(text[sentence.start:sentence.end], tokens, self.resources.function_words):
                bylines = self._bylines(text, tokens)
                mentions.extend(bylines)
                mentions.extend(m for m in self._known_in_headline(text, tokens) if not any(b.start <= m.start < b.end for b in bylines))
                if not is_all_caps_line(text[sentence.start:sentence.end]):
                    headlines.append(tokens)
            else:
                body.append(tokens)
        mentions.extend(self._model_in_headlines(text, headlines, mentions))
        typed = [self._holders_listed(text, self._pairs_typed_alike(text, [(run, self._classify(text, run, tokens)) for run in self._runs(tokens)]))
                 for tokens in body]
        spans_per_sentence = self._model_spans(text, body, typed)
        for tokens, runs, model_spans in zip(body, typed, spans_per_sentence):
            for run, found in runs:
                model_type = _model_type(run, model_spans) if found is None else None
                if (found is None and run.sentence_initial and len(run.tokens) > 1 and (model_type is None or self._opener_before_known(text, run))
                        and self._kind_named_after(run) is None):
                    # "Müzakerelerde İran", "Sarsıntı Elazığ": a capitalised sentence opener glued to a name
                    run = replace(run, tokens=_without_first_word(run.tokens), sentence_initial=False)
                    found = self._classify(text, run, tokens) if run.tokens else []
                    model_type = _model_type(run, model_spans) if found is None else None
                if found is None:
                    # whether the sentence reports speech matters only for a subject set off by a comma
                    subject = run.lone_opener and run.before_a_comma
                    speech = subject and self._reports_speech(text, tokens)
                    places = subject and self._tells_of_places(tokens)
                    speaker = run.before_a_comma and self._after_a_participle_of_saying(run, tokens)
                    unresolved.append(replace(run, model_type=model_type, reports_speech=speech, tells_of_places=places,
                                              named_as_speaker=speaker))
                else:
                    mentions.extend(found)
        mentions.extend(self._resolve_leftovers(text, unresolved, mentions))
        mentions = _bracketed_short_forms(text, mentions)
        mentions = self._bodies_continued_after_their_acronym(text, mentions)
        mentions = _employer_before_the_title(text, mentions, self.resources.on_behalf_after, self.resources.office_of_a_country_after)
        mentions = self._source_line(article, mentions)
        lines = list(LIST_LINE.finditer(text))  # "Hakemler: ...", "PETKOV: ...": a short header and a colon
        mentions = self._listed_names(text, lines, mentions)
        mentions = self._names_opening_lines_in_capitals(lines, mentions)
        mentions = self._family_names_not_places(text, mentions)
        mentions = self._cities_named_as_clubs(text, mentions)
        mentions = _club_names_repeated(text, mentions)
        mentions = self._places_by_spelling(text, mentions)
        mentions = self._places_glued_to_persons(text, mentions)
        mentions = self._place_after_a_bodys_head(text, mentions)
        mentions = self._things_named_like_places(text, mentions)
        mentions = self._acronyms_read_as_nouns(article, mentions)
        mentions = [self._club_by_its_short_name(m) for m in mentions]
        mentions = self._with_first_fields_listed_before(text, mentions)
        mentions = [_with_the_initials_full_stop(text, m) for m in mentions]
        return sorted(_types_agree(mentions), key=lambda mention: mention.start)

    def _with_first_fields_listed_before(self, text: str, mentions: list[Mention]) -> list[Mention]:
        extended = [self._with_first_field_listed_before(text, m) for m in mentions]
        grown = [m for m, old in zip(extended, mentions) if m is not old]
        return [m for m in extended if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)]

    def _with_first_field_listed_before(self, text: str, mention: Mention) -> Mention:
        """``Çevre, Şehircilik ve İklim Değişikliği Bakanlığı``: a body named for fields listed with
        commas and "ve" opens with the common noun before the first comma."""
        if mention.type != "ORG" or " ve " not in mention.text or fold(mention.text.split()[-1]) not in self.resources.organization_heads:
            return mention
        # "Türkiye Erozyonla Mücadele, Ağaçlandırma ve ... Vakfı": the capitalised words before the first field open the name
        before = re.search(r"(?<![\w'’])((?:[A-ZÇĞİÖŞÜ][\w'’]*\s+){0,4}?)([A-ZÇĞİÖŞÜ][a-zçğıöşü]+) ?,\s$", text[max(0, mention.start - 60):mention.start])
        if before is None:
            return mention
        word = fold(before.group(2))
        known = self.resources.known_names.get(word)  # "Meteoroloji" alone is a body; first of fields, it is one of them
        if (word not in self.resources.word_stems or word in self.resources.function_words or (known is not None and known.type != "ORG")
                or word in self.resources.given_names or word in self.resources.organization_heads or self._names_a_group(before.group(2))):
            return mention
        start = mention.start - (len(before.group()))
        country = self._leading_country(fold(before.group(1)).split() + [word]) if before.group(1) else None
        return replace(mention, start=start, text=text[start:mention.end], key=None, country_hint=country or mention.country_hint)

    def _bodies_continued_after_their_acronym(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``Avrupa Birliği (AB) Komisyonu``, ``Birleşmiş Milletler (BM) Güvenlik Konseyi``: the
        capitalised words right after a name's bracketed acronym, where the tables know them with
        the name or the acronym before, close one name with it, that body's."""
        for owner in [m for m in mentions if m.type == "ORG"]:
            bracket = BRACKETED_ACRONYM.match(text, owner.end)
            after = CAPITALISED_WORDS_AFTER.match(text, bracket.end()) if bracket is not None else None
            body = self._known_after_an_owner(text, after, (owner.text, bracket.group(1))) if after is not None else None
            if body is not None:
                body = replace(body, start=owner.start, text=text[owner.start:body.end])
                mentions = [m for m in mentions if m.end <= body.start or body.end <= m.start] + [body]
        return mentions

    def _known_after_an_owner(self, text: str, after: re.Match[str], owners: tuple[str, ...]) -> Mention | None:
        """The longest run of the words ``after`` that an owner's name before it makes a known body,
        the last word with its case ending, after an apostrophe or glued on, left out."""
        words = list(re.finditer(r"[^\s'’]+", after.group(1)))
        for count in range(len(words), 0, -1):
            *leading, last = [fold(w.group()) for w in words[:count]]
            for form in self._with_glued_case_cut(last):
                for owner in owners:
                    known = self.resources.known_names.get(" ".join([fold(owner), *leading, form]))
                    if known is not None and known.type == "ORG":
                        start = after.start(1) + words[0].start()
                        end = after.start(1) + words[count - 1].start() + len(form)
                        return _known_span(text, start, end, known)
        return None

    def _club_by_its_short_name(self, mention: Mention) -> Mention:
        """``Beşiktaş`` typed a body is the club the tables know as ``Beşiktaş JK`` (the name alone is
        also a district's, so the tables cannot hold it)."""
        if mention.type != "ORG" or mention.key is not None:
            return mention
        club = next((known for ending in self.resources.club_name_endings
                     if (known := self.resources.known_names.get(f"{fold(mention.text)} {ending}")) is not None and known.kind == "sports club"), None)
        return replace(mention, key=club.key, country_hint=club.country) if club is not None else mention

    def _acronyms_read_as_nouns(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """``Rusya'ya İHA saldırısı``: an acronym that is also a common noun's (İHA, a news agency
        and a drone) names the body only in the source line or a dateline's brackets (``ANKARA (İHA)``),
        not as the short form of the lower-case noun before it (``insansız hava aracının (İHA)``)."""
        span, text = article.source_span, article.text

        def names_the_body(mention: Mention) -> bool:
            in_source = span is not None and span.start <= mention.start < span.end
            word_before = re.search(r"(\w)[\w'’]*\s*$", text[max(0, mention.start - 30):mention.start - 1])
            after_a_noun = word_before is not None and word_before.group(1).islower()
            return in_source or (text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")" and not after_a_noun)
        return [m for m in mentions if fold(m.text) not in self.resources.noun_acronyms or names_the_body(m)]

    def _names_a_document(self, word: str) -> bool:
        """``Kararı``, ``Raporunda``: a document word, bare or with a case ending glued on."""
        return fold(word) in self.resources.document_words or self._glued_stem_length(word, self.resources.document_words) is not None

    def _names_a_document_or_an_event(self, word: str) -> bool:
        """``Kanunu``, ``Teklifi``: a law's, a bill's or an event's closing word, which opens no name."""
        return self._names_a_document(word) or fold(word) in self.resources.event_heads

    def _place_after_a_bodys_head(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``Uluslararası Af Örgütü İstanbul grubu``: a body's name closes with its head; a known
        place after it says where the branch is, and is a place of its own."""
        result = []
        for mention in mentions:
            words = list(re.finditer(r"\S+", mention.text))
            place = self._place_closing(mention, words) if mention.type == "ORG" else None
            if place is None or fold(words[-2].group()) not in self.resources.organization_heads:
                result.append(mention)
                continue
            body_end = mention.start + words[-2].end()
            result.append(replace(mention, end=body_end, text=text[mention.start:body_end], key=None))
            result.append(_known_span(text, mention.start + words[-1].start(), mention.end, place))
        return result

    def _place_closing(self, mention: Mention, words: list[re.Match[str]]) -> KnownName | None:
        """The known place that is the last of a mention's three words or more (``... Örgütü İstanbul``)."""
        return self._known_place(words[-1].group()) if len(words) >= 3 else None

    def _capital_after_a_family_name(self, words: list[re.Match[str]]) -> KnownName | None:
        """``Miçotakis Ankara'da``: a country or a capital after one word that is no given name."""
        if len(words) != 2 or fold(words[0].group()) in self.resources.given_names:
            return None
        known = self._known_place(words[-1].group())
        return known if known is not None and (known.kind == "country" or known.capital) else None

    def _known_place(self, word: str) -> KnownName | None:
        known = self.resources.known_names.get(fold(word))
        return known if known is not None and known.type == "LOC" else None

    def _things_named_like_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        return without_things_named_like_places(text, mentions, self.resources)

    def _places_by_spelling(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``Şam'da``, ``Şam yönetimi``: a place whose folded name is a given name is found by its
        letters as written, alone or glued to the person before it (``Geir Pedersen Şam'a``, ``Bakanı Fidan Şam'da``)."""
        for name, known in self.resources.spelled_places.items():
            for found in re.finditer(rf"(?<!\w)(?:{re.escape(name)}|{re.escape(turkish_upper(name))})(?!\w)", text):
                place = _known_span(text, found.start(), found.end(), known)
                holder = next((m for m in mentions if m.start <= found.start() < m.end), None)
                if holder is None:
                    mentions = [*mentions, place]
                elif (holder.start, holder.end) == (found.start(), found.end()):
                    mentions = [place if m is holder else m for m in mentions]
                elif holder.type == "PER" and holder.end == found.end() and (
                        len(text[holder.start:found.start()].split()) >= 2 or self._in_place_case_text(suffix_after(text, found.end()))):
                    # "Bakanı Fidan Şam'da": after a family name alone too, where the place's case ending says where
                    mentions = _split_off_the_place(text, mentions, holder, place)
        return mentions

    def _places_glued_to_persons(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``Putin ile Şi Cinping Moskova'da görüştü``: a known city or country in a case of place
        after a person's name of two words or more, or a capital or country after a family name
        alone (``Miçotakis Ankara'da``), is where they are, glued by the model."""
        for holder in [m for m in mentions if m.type == "PER" and m.origin == "model"]:
            words = list(re.finditer(r"\S+", holder.text))
            known = self._place_closing(holder, words) or self._capital_after_a_family_name(words)
            suffix = suffix_after(text, holder.end)
            if (known is None or known.kind not in ("city", "country", "province")
                    or not (self._in_place_case_text(suffix) or re.fullmatch(r"['’‘]y?[ae]", suffix))):
                continue
            place = _known_span(text, holder.start + words[-1].start(), holder.end, known)
            mentions = _split_off_the_place(text, mentions, holder, place)
        return mentions

    def _family_names_not_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``João Neves ... Neves, cumartesi günü``: alone, the family name of a person the
        article has named is that person, though a city (Ribeirão das Neves) or a country
        (``Luís Montenegro ... Montenegro'yu``) goes by the word; so is the given name of one
        (``Victor ... Victor bu hedefin``), where only a foreign town that is no capital goes by
        it (Victorville); not in a case of place (``Neves'te``)."""
        people = [m for m in mentions if m.type == "PER" and " " in m.text.strip()]
        family_names = {fold(m.text).split()[-1] for m in people}
        # a country only for a person the rules named (a title, a given name): the model's long
        # spans swallow countries ("... Feodore Büyük Britanya")
        surely_family = {fold(m.text).split()[-1] for m in people if m.origin == "pattern"}
        first_names = {fold(m.text).split()[0] for m in people}
        pattern = self.resources.person_case_suffix
        return [replace(m, type="PER", origin="coreference", key=None, country_hint=None)
                if m.origin == "gazetteer" and m.key is not None and (
                    m.key.startswith("city:") and fold(m.text) in family_names or m.key.startswith("country:") and fold(m.text) in surely_family
                    or m.key.startswith("city:") and fold(m.text) in first_names and self._a_foreign_town_only(m.text)
                    and not self._place_cue_right_after(text, m.end))
                and (pattern is None or not (suffix := suffix_after(text, m.end)) or pattern.match(suffix))
                else m for m in mentions]

    def _place_cue_right_after(self, text: str, end: int) -> bool:
        """``Kashiwa kentinde``: a word for a settlement right after the name."""
        words = [fold(word) for word in re.findall(r"\w+", text[end:end + 60])[:3]]
        return any(_starts_with_cue(words, cue) for cue in self.resources.place_cues)

    def _a_foreign_town_only(self, name: str) -> bool:
        known = self._known_place(name)
        return known is not None and self._is_foreign_town(known) and not known.capital

    def _cities_named_as_clubs(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``Hollanda ekibi Ajax'ı ... Ajax'ın tek golü``: a city's name the article has once given
        to a club (``_club_after_team_word``) is the club elsewhere too, with its country; not in
        a case of place (``Valencia'da oynanan maç``)."""
        clubs = {fold(m.text): m.country_hint for m in _clubs_found(mentions)}
        pattern = self.resources.place_case_suffix
        return [replace(m, type="ORG", origin="pattern", key=None, country_hint=clubs[fold(m.text)])
                if m.origin == "gazetteer" and m.key is not None and m.key.startswith("city:") and fold(m.text) in clubs
                and (pattern is None or not pattern.match(suffix_after(text, m.end) or ""))
                else m for m in mentions]

    def _model_spans(self, text: str, body: list[list[Token]], typed) -> list[list[ModelSpan]]:
        """The model's spans, computed only for sentences where some name run is left untyped
        by the rules: elsewhere the model would not be asked."""
        spans: list[list[ModelSpan]] = [[] for _ in body]
        if self.model is None:
            return spans
        needed = [i for i, runs in enumerate(typed) if any(found is None for _, found in runs)]
        for index, found in zip(needed, self.model.batch(text, [body[i] for i in needed]) if needed else []):
            spans[index] = found
        return spans

    # -- candidates -------------------------------------------------------------------------

    def _runs(self, tokens: Sequence[Token]) -> list[NameRun]:
        runs: list[NameRun] = []
        current: list[Token] = []
        first_word = next((i for i, t in enumerate(tokens) if t.kind == "word"), 0)
        run_start = 0

        def close(suffix: Token | None, index: int) -> None:
            nonlocal current
            while current and not current[-1].is_capitalised and not _hyphenated_tail(current):
                current.pop()  # a trailing particle or hyphen is not part of the name
            initial = run_start == first_word or _opens_a_clause(tokens, run_start)
            plain_opener = (initial and len(current) > 1 and (self._is_plain_opener(current[0]) or self._word_before_given_name(current))
                            and self.resources.known_name_at_start(self._folded_without_glued_case(current), shortest=2) is None)  # "DEM Parti Eş Genel Başkanı ..."
            opener_apart = plain_opener and not self._head_alone_after(current) and not self._opens_an_organisation(current) and not self._modifies_a_compound_name(current)
            if opener_apart or (initial and self._common_word_before_known_name(current)):
                current = _without_first_word(tuple(current))  # "Sadece Ayşe Kaya": the opener is a plain word
                initial = False
            if current:
                runs.append(NameRun(tuple(current), suffix, initial, tuple(tokens[index:index + FOLLOWING_TOKENS])))
            current = []

        for index, token in enumerate(tokens):
            if _names_a_model(tokens, index):
                close(None, index)  # "F-16 savaş uçakları", "İtalyan F-35 uçakları": a model's letters, no name
                continue
            # "Jae-|myung": a hyphen joins a run only before a capitalised word or a name's lower-case part
            tail = bool(current) and current[-1].text == "-" and current[-1].end == token.start
            if token.is_capitalised or tail or ((current or self._opens_with_particles(tokens, index)) and self._joins_name(tokens, index)):
                if not current:
                    run_start = index
                current.append(token)
                spaced = token.is_capitalised and index + 1 < len(tokens) and tokens[index + 1].start > token.end
                # "Husilerin Yemen'in batısındaki": a plural name with its case glued on ends its run
                if spaced and (not self._continues(tokens, index + 1) or self._closes_with_a_glued_case(current)
                               or (len(current) == 1 and self._known_plural_and_its_stem(token) is not None)):
                    close(None, index + 1)
            elif token.kind == "suffix" and current:
                close(token, index + 1)
            else:
                close(None, index)
        close(None, len(tokens))
        return [part for run in runs for part in self._paired_names(run)]

    def _pairs_typed_alike(self, text: str, typed: list[tuple[NameRun, list[Mention] | None]]) -> list[tuple[NameRun, list[Mention] | None]]:
        """``Erdoğan-Putin görüşmesi``: a name paired with one the rules type alone is of its type
        (people meet people, clubs play clubs)."""
        result = list(typed)
        for index, ((first, first_found), (second, second_found)) in enumerate(itertools.pairwise(typed)):
            if not (first.paired and second.paired and second.start == first.end + 1) or (first_found is None) == (second_found is None):
                continue
            known, (unknown_index, unknown) = (first_found, (index + 1, second)) if first_found is not None else (second_found, (index, first))
            if known and len({m.type for m in known}) == 1 and known[0].type in KEPT_TYPES:
                result[unknown_index] = (unknown, [self._mention(text, list(unknown.tokens), known[0].type, "pattern")])
        return result

    def _holders_listed(self, text: str, typed: list[tuple[NameRun, list[Mention] | None]]) -> list[tuple[NameRun, list[Mention] | None]]:
        """``Almanya ve Fransa Dışişleri Bakanları X ve Y``: a name joined by ``ve`` to the first holder
        of a title in the plural holds it too; countries listed before the title go one to each, in turn."""
        result = list(typed)
        for index in range(1, len(result)):
            (first, first_found), (second, second_found) = result[index - 1], result[index]
            holder = first_found[-1] if first_found else None
            if (holder is None or holder.type != "PER" or not (holder.title or "").endswith(PLURAL_POSSESSIVES)
                    or not _joined_by_ve(text, first, second) or sum(t.kind == "word" for t in second.tokens) > PERSON_NAME_MAX_WORDS
                    or not (second_found is None or len(second_found) == 1 and second_found[0].type == "PER" and second_found[0].role is None)):
                continue
            countries = self._countries_listed_before_the_title(text, result[index - 2] if index >= 2 else None, first, first_found)
            person = replace(self._mention(text, list(second.tokens), "PER", "pattern"), role=holder.role, title=holder.title,
                             country_hint=countries[1] if countries else holder.country_hint)
            if countries:
                first_found = [replace(m, country_hint=countries[0]) if m is holder else m for m in first_found]
            result[index - 1], result[index] = (first, first_found), (second, [person])
        return result

    def _countries_listed_before_the_title(self, text: str, before: tuple[NameRun, list[Mention] | None] | None,
                                           run: NameRun, found: list[Mention]) -> list[str] | None:
        """The two countries of ``Almanya ve Fransa Dışişleri Bakanları``: one run, a country alone,
        joined by ``ve`` to the run that opens with the other."""
        if before is None or not before[1] or len(before[1]) != 1 or not _joined_by_ve(text, before[0], run):
            return None
        first, second = before[1][0], found[0]
        if first.type != "LOC" or second.type != "LOC" or second.start != run.tokens[0].start:
            return None
        countries = [self._country_of(first), self._country_of(second)]
        return countries if all(countries) else None

    def _paired_names(self, run: NameRun) -> list[NameRun]:
        """``Erdoğan-Putin görüşmesi``, ``Trump-Putin zirvesi``: two names joined by a hyphen before
        a noun of what pairs them are two names, each read alone."""
        first, hyphen, second = run.tokens if len(run.tokens) == 3 else (None, None, None)
        after = run.following[0] if run.suffix is None and run.following else None
        if (hyphen is None or hyphen.text != "-" or not (first.is_capitalised and second.is_capitalised)
                or after is None or after.kind != "word" or not after.text.islower()
                or not fold(after.text).startswith(self.resources.pair_nouns)):
            return [run]
        return [NameRun((first,), None, run.sentence_initial, (hyphen, second, *run.following), paired=True),
                NameRun((second,), None, False, run.following, paired=True)]

    def _common_word_before_known_name(self, current: list[Token]) -> bool:
        """``Toplantı BM Güvenlik Konseyinde yapıldı``: a sentence's first word, a common noun
        that no table knows as a name, before a name of two words or more (or an acronym) that
        the tables know and that does not take it in."""
        folded = self._folded_without_glued_case(current)
        if len(folded) < 2 or current[0].text.isupper() or not self.resources.reads_as_word(folded[0]):
            return False
        opener = folded[0]
        named = (self.resources.known_names, self.resources.given_names, self.resources.family_names, self.resources.title_openers,
                 self.resources.honorifics_before, self.resources.demonyms)
        if any(opener in words for words in named) or self.resources.known_name_at_start(folded, shortest=2) is not None:
            return False
        known = self.resources.known_name_at_start(folded[1:])
        return known is not None and (known[0] >= 2 or current[1].text.isupper())

    def _closes_with_a_glued_case(self, current: list[Token]) -> bool:
        """``BM Güvenlik Konseyinde Sudan tasarısı``: a case ending glued on an organisation's
        closing word ends its name, so the capitalised word after it opens another."""
        words = [t for t in current if t.kind == "word"]
        last = words[-1].text if words else ""
        return len(words) >= 2 and fold(last) not in self.resources.organization_heads and self._glued_head_length(last) is not None

    def _folded_without_glued_case(self, current: list[Token]) -> list[str]:
        """The run's folded words, a case ending glued on its last head taken off
        (``Sahil Güvenlik Komutanlığından`` reads as the known ``Sahil Güvenlik Komutanlığı``)."""
        words = [t.text for t in current if t.kind == "word"]
        cut = self._glued_head_length(words[-1]) if words else None
        return [fold(word) for word in words[:-1]] + [fold(words[-1][:cut] if cut else words[-1])] if words else []

    def _opener_before_known(self, text: str, run: NameRun) -> bool:
        """The tables know every word of the run but its first, which is no given name or title:
        the model's span over the whole run took the sentence's opener in."""
        opener = fold(run.tokens[0].text)
        if opener in self.resources.known_names or opener in self.resources.given_names or opener in self.resources.title_openers:
            return False
        rest = [t for t in _without_first_word(run.tokens) if t.kind == "word"]
        return bool(rest) and self._known_parts(text, rest) is not None

    def _head_alone_after(self, current: list[Token]) -> bool:
        # "İletişim Başkanlığı": a noun before a compound's head is the name's first word ("Ayrıca Bakanlık" is not)
        return len(current) == 2 and self._organization_head_ahead(current, 1) and not fold(current[1].text).endswith("k")

    def _opens_an_organisation(self, current: list[Token]) -> bool:
        """"Yeşiller Partisi Eş Genel Başkanı ...", "Cumhurbaşkanlığı İletişim Başkanlığından":
        a sentence's opener that is no plain word, bears only the endings of a word inside a name
        and is followed by an organisation's head within the next two words is the name's first word."""
        opener, ending = current[0], self.resources.name_word_ending
        folded = fold(opener.text)
        if ending is None or opener.text.isupper() or not ending.search(folded):
            return False
        if folded in self.resources.plain_words and not self._ends_in_organization_head(folded):
            return False  # "Sonuçları Sağlık Bakanlığı açıkladı"; but "Cumhurbaşkanlığı" is itself a body
        return any(self._is_organization_head(token.text) for token in current[1:3] if token.kind == "word")

    def _ends_a_not_names_compound(self, text: str, run: NameRun) -> bool:
        """``Kur'an-ı Kerim``: the word after a Persian compound's ``-ı`` belongs to what the first names."""
        before = re.search(r"([\w'’]+)-[ıiuü]\s+$", text[max(0, run.tokens[0].start - 30):run.tokens[0].start])
        return before is not None and fold(strip_suffix(before.group(1))) in self.resources.not_names

    def _service_of_a_medium(self, text: str, words: Sequence[Token], folded: list[str]) -> Mention | None:
        """``AA Finans'ın``, ``BBC Türkçe'ye``: a medium the tables know and one word they do not."""
        medium = self.resources.known_names.get(folded[0]) if len(words) == 2 else None
        if medium is None or medium.type != "ORG" or medium.kind not in self.resources.media_kinds:
            return None
        word = folded[1]
        if (word in self.resources.known_names or word in self.resources.given_names or word in self.resources.title_openers
                or self._is_name_head(word)):
            return None
        return replace(self._mention(text, words, "ORG", "pattern"), country_hint=medium.country)

    def _modifies_a_compound_name(self, current: list[Token]) -> bool:
        """"Para Politikası Kurulu", "Kadın Hakları Ağı": a bare noun opening the sentence, then a
        common noun in the compound's possessive and an organisation's head, is the name's first
        word; an adverb or a noun of time is not (``Bugün Milli Eğitim Bakanlığı``)."""
        words = [t for t in current if t.kind == "word"]
        if len(words) < 3 or fold(words[0].text) in self.resources.function_words or not self._possessed_common_noun(fold(words[1].text)):
            return False
        return any(self._is_organization_head(token.text) for token in words[2:4])

    def _possessed_common_noun(self, folded: str) -> bool:
        """``politikasi``, ``haklari``, ``guvenligi``: a common noun's stem and the compound's possessive;
        not a name that reads so (``Gazi``)."""
        if folded in self.resources.given_names or folded in self.resources.known_names:
            return False
        return any(folded.endswith(ending) and folded[:-len(ending)] in self.resources.word_stems
                   for ending in self.resources.compound_possessives)

    def _ends_in_organization_head(self, folded: str) -> bool:
        """``cumhurbaskanligi``: a compound written as one word that closes with an organisation's head."""
        return any(folded[cut:] in self.resources.organization_heads for cut in range(1, len(folded)))

    def _single_plain_word_before(self, tokens: Sequence[Token], index: int) -> bool:
        """"Gençlik ve Spor Bakanlığı" is one name; "IMF ve Dünya Bankası", "İdil Biret ve Akbank
        Oda Orkestrası" are two: only one unknown word, no name of its own, may stand before "ve",
        after the country or city whose body it is ("Türkiye Odalar ve Borsalar Birliği", "İstanbul
        Su ve Kanalizasyon İdaresi") or the body whose branch it is ("Emniyet Müdürlüğü Kaçakçılık ve
        Organize Suçlar Şube Müdürlüğü")."""
        if index < 1 or not tokens[index - 1].is_capitalised:
            return False
        if index >= 2 and tokens[index - 2].is_capitalised:
            place = self.resources.known_names.get(fold(tokens[index - 2].text))
            opener = index >= 3 and tokens[index - 3].is_capitalised and not (index == 3 and self._is_plain_opener(tokens[0]))
            nation = fold(tokens[index - 2].text) in self.resources.demonyms  # "Türk Havacılık ve Uzay Sanayii", as a country's
            named_place = place is not None and place.type == "LOC" and not small_home_town(
                place.kind, place.country or "", place.population, self.resources.home_country)
            # "İl Emniyet Müdürlüğü Kaçakçılık ve Organize Suçlar Şube Müdürlüğü": a branch of the body named before it
            branch = fold(tokens[index - 2].text) in self.resources.organization_heads
            if not branch and (opener or not (nation or named_place)):
                return False  # a small town may be a given name: "İdil Biret ve Akbank Oda Orkestrası" are two
        word = fold(tokens[index - 1].text)
        return word not in self.resources.known_names and word not in self.resources.organization_heads and word not in self.resources.given_names

    def _organization_head_ahead(self, tokens: Sequence[Token], index: int) -> bool:
        return self._head_ahead(tokens, index, self._is_organization_head)

    def _is_organization_head(self, word: str) -> bool:
        """``Bakanlığı``, or the same with a case ending glued on (``Bakanlığından``)."""
        return fold(word) in self.resources.organization_heads or self._glued_head_length(word) is not None

    def _head_ahead(self, tokens: Sequence[Token], index: int, is_head) -> bool:
        """A run of capitalised words from ``index`` holds a word ``is_head`` accepts."""
        while index < len(tokens) and tokens[index].is_capitalised:
            if is_head(tokens[index].text):
                return True
            index += 1
        return False

    def _has_head(self, folded: list[str]) -> bool:
        """"Gazi Üniversitesi Eğitim Fakültesi ...": an organisation or place word inside the run."""
        return any(self._is_name_head(word) for word in folded)

    def _country_of_the_town_it_is_named_for(self, word: str) -> str | None:
        """``Samsunspor``, ``Kayserispor``: a club named for a town the tables know is of its country."""
        for suffix in self.resources.organization_suffixes:
            town = self.resources.known_names.get(word[:-len(suffix)]) if word.endswith(suffix) else None
            if town is not None and town.kind in SETTLEMENT_KINDS:
                return town.country
        return None

    def _has_organization_suffix(self, word: str) -> bool:
        return any(word.endswith(suffix) and len(word) >= len(suffix) + 2 for suffix in self.resources.organization_suffixes)

    def _is_plain_opener(self, token: Token) -> bool:
        """A plain lower-case word ("Sadece", "Sonra") or a common word with an ending glued on
        ("Rahmetli", "Toplantıya") that is neither a title nor a form of address. A word in capitals
        is left alone: newspapers set an article's first word, often a name, in capitals."""
        word = fold(token.text)
        if word in self.resources.title_openers or word in self.resources.honorifics_before or word in self.resources.chained_name_particles:
            return False  # "De la Espriella": a name's first particle
        if token.text.isupper() and word in self.resources.known_names:
            return False  # "DİSK Araştırma Merkezi": a known acronym, though "disk" is a plain word ("YİNE Demirel" is not)
        inflected = not token.text.isupper() and self.resources.reads_as_common_word(token.text, inflected_only=True)
        return word in self.resources.plain_words or inflected

    def _word_before_given_name(self, current: list[Token]) -> bool:
        """``Bizde Eyüp Aşık``: a word (that a family name may also be) before a given name."""
        first, second = fold(current[0].text), fold(current[1].text)
        if second not in self.resources.given_names or first in self.resources.given_names or current[0].text.isupper():
            return False
        kept = (self.resources.known_names, self.resources.title_openers, self.resources.honorifics_before, self.resources.demonyms)
        return not any(first in words for words in kept) and self.resources.reads_as_word(first)

    def _continues(self, tokens: Sequence[Token], index: int) -> bool:
        return index < len(tokens) and (tokens[index].is_capitalised or self._joins_name(tokens, index))

    def _regnal_number(self, tokens: Sequence[Token], index: int) -> bool:
        """The number at ``index`` stands between a one-word title and a name (``Papa 14. Leo``,
        ``Kral 3. Charles``): the holder's regnal number."""
        return index > 0 and (fold(tokens[index - 1].text),) in self.resources.titles

    def _opens_with_particles(self, tokens: Sequence[Token], index: int) -> bool:
        """``von der Leyen``, ``de la Espriella`` without the given name: two particles in a row
        open a name (one alone is too often a plain word: ``bin`` is a thousand), and so does one
        glued by a hyphen to a capitalised word (``eş-Şebab örgütü``, ``es-Sisi``)."""
        particles = self.resources.name_particles
        if index + 1 >= len(tokens) or tokens[index].text not in particles:
            return False
        if tokens[index + 1].text in particles:
            return True
        hyphen = tokens[index + 1]
        return (hyphen.text == "-" and hyphen.start == tokens[index].end and index + 2 < len(tokens)
                and tokens[index + 2].start == hyphen.end and tokens[index + 2].is_capitalised)

    def _joins_name(self, tokens: Sequence[Token], index: int) -> bool:
        """A particle or hyphen joins a name when a capitalised word comes right after it."""
        token = tokens[index]
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text == "." and index and tokens[index - 1].end == token.start and (
            _is_initial(tokens[index - 1]) or fold(tokens[index - 1].text) in self.resources.title_abbreviations
        ):
            return after is not None and after.is_capitalised  # "Robert J. Braidwood", "V. Selevkos", "Prof. Dr. Ayşe"
        if token.kind == "number" and after is not None and after.text == "." and after.start == token.end:
            # "Antalya 3. Ağır Ceza Mahkemesi": an ordinal inside an institution's name; "Papa 14. Leo": a regnal number
            return index + 2 < len(tokens) and tokens[index + 2].is_capitalised and (
                self._organization_head_ahead(tokens, index + 2) or self._regnal_number(tokens, index))
        if token.text == "." and index and tokens[index - 1].kind == "number" and after is not None and after.is_capitalised:
            return self._organization_head_ahead(tokens, index + 1) or self._regnal_number(tokens, index - 1)
        if (token.text == "." and index and ROMAN_NUMERAL.fullmatch(tokens[index - 1].text) and tokens[index - 1].end == token.start
                and after is not None and after.is_capitalised):
            return self._regnal_number(tokens, index - 1)  # "Kral III. Charles", "Ürdün Kralı II. Abdullah"
        if token.kind == "number" and after is not None and after.is_capitalised:
            return self._head_ahead(tokens, index + 1, lambda word: self._is_name_head(fold(word)))  # "19 Mayıs Stadı", "15 Temmuz Şehitler Köprüsü": a date in a place's name
        if token.text == "-" and after is not None and after.start == token.end:
            return tokens[index - 1].end == token.start and (after.is_capitalised or self._lower_case_name_part(tokens, index))
        if token.text in self.resources.organization_conjunctions and after is not None and after.is_capitalised:
            if index and (fold(tokens[index - 1].text), token.text, fold(after.text)) in self.resources.title_joins:
                return True  # "Hazine ve Maliye Bakanı": one title
            if index and fold(after.text) in self.resources.title_openers and fold(tokens[index - 1].text) in self.resources.title_closers:
                return True  # "Başbakanı ve Dışişleri Bakanı": two titles of one person
            if index and self._field_before_a_title(tokens, index):
                return True  # "İngiltere İş ve Ticaret Bakanı": a ministry of two fields, as another country names it
            if index and self._fields_before_a_head(tokens, index):
                return True  # "Dr. Ersin Arslan Eğitim ve Araştırma Hastanesi": a body of two fields named after someone
            return self._single_plain_word_before(tokens, index) and self._organization_head_ahead(tokens, index + 1)
        if index and token.text.islower() and after is not None and after.is_capitalised and self._known_across(tokens, index):
            return True  # "Rio de Janeiro", "Dar es Salaam": a lower-case word inside a name the tables know whole
        if token.text.lower() in self.resources.chained_name_particles and after is not None:
            return after.text.lower() in self.resources.name_particles and self._joins_name(tokens, index + 1)  # "Abelardo de la Espriella"
        if token.text.lower() in self.resources.name_particles and after is not None:
            glued = after.text == "-" and after.end == (tokens[index + 2].start if index + 2 < len(tokens) else -1)
            # "von der Leyen": particles in a row join when a capitalised word ends them
            return glued or after.is_capitalised or (after.text.lower() in self.resources.name_particles and self._joins_name(tokens, index + 1))
        return False

    def _known_across(self, tokens: Sequence[Token], index: int) -> bool:
        """The capitalised words before ``tokens[index]``, it and the word after open a name the tables know."""
        start = index
        while start and tokens[start - 1].kind == "word" and tokens[start - 1].is_capitalised:
            start -= 1
        words = [fold(t.text) for t in tokens[start:index + 2]]
        return any(" ".join(words[first:]) in self.resources.known_names for first in range(index - start))

    def _lower_case_name_part(self, tokens: Sequence[Token], hyphen: int) -> bool:
        """``Lee Jae-myung``: a short lower-case word hyphenated to a capitalised one, neither a
        common word (``Bordo-mavililer`` is a club's colours), ends a person's name."""
        before, after = tokens[hyphen - 1], tokens[hyphen + 1]
        # the name ends with it: a space, a suffix or a punctuation mark follows ("Lai Ching-te, Pekin'i ...")
        ends = hyphen + 2 >= len(tokens) or tokens[hyphen + 2].start > after.end or tokens[hyphen + 2].kind in ("suffix", "other")
        return (before.is_capitalised and after.kind == "word" and after.text.isalpha() and len(after.text) <= LOWER_CASE_NAME_PART
                and ends and not self.resources.reads_as_common_word(after.text) and not self.resources.reads_as_common_word(before.text))

    def _fields_before_a_head(self, tokens: Sequence[Token], index: int) -> bool:
        """Common words on both sides of ``ve`` (at ``index``), an organisation's or a place's head
        (``Kamp ve Eğitim Tesisleri``) within two words after."""
        ahead = [t for t in tokens[index + 2:index + 4] if t.is_capitalised]
        # "İskoçya Parlamentosu ve Galler Yerel Meclisi", "Rhône Nehri ve Alp Dağları": two
        closes_a_body = self._is_organization_head(tokens[index - 1].text) or self._is_name_head(fold(tokens[index - 1].text))
        return (self._names_a_field(tokens[index - 1]) and self._names_a_field(tokens[index + 1], in_capitals=True) and not closes_a_body
                and any(self._is_organization_head(t.text) or self._is_name_head(fold(t.text)) for t in ahead[:2]))

    def _field_before_a_title(self, tokens: Sequence[Token], index: int) -> bool:
        """A common word, no name, before ``ve`` (at ``index``) and a title of two words or more
        after it (``Yatırım ve Dış Ticaret Bakanı``), or one or two more such words and a one-word
        title (``Ulaştırma ve Altyapı Bakanı``, ``Petrol ve Maden Kaynakları Bakanı``)."""
        if not self._names_a_field(tokens[index - 1]):
            return False
        after = [fold(t.text) for t in tokens[index + 1:index + 1 + self.resources.longest_title]]
        if any(tuple(after[:length]) in self.resources.titles for length in range(2, len(after) + 1)):
            return True
        return any(tuple(after[fields:fields + 1]) in self.resources.titles
                   and all(self._names_a_field(token) for token in tokens[index + 1:index + 1 + fields]) for fields in (1, 2))

    def _names_a_field(self, token: Token, in_capitals: bool = False) -> bool:
        """A common word (``İş``, ``Eğitim``) that is no name the tables know, or only a town's or a
        given name's (``Barış ve Güvenlik Konseyi``, ``Deniz ve Hava Kuvvetleri``); not in capitals
        unless ``in_capitals`` allows it (an acronym is a name)."""
        folded = fold(token.text)
        known = self.resources.known_names.get(folded)
        return ((in_capitals or not token.text.isupper()) and self.resources.reads_as_word(folded)
                and (known is None or (known.type == "LOC" and known.kind in MINOR_PLACE_KINDS and not known.capital)))

    # -- typing a run -----------------------------------------------------------------------

    def _classify(self, text: str, run: NameRun, sentence_tokens: Sequence[Token]) -> list[Mention] | None:
        if self._is_demonym(run) or _opens_a_hyphenated_common_word(run) or self._ends_a_not_names_compound(text, run):
            return []
        if run.sentence_initial and len(run.tokens) >= 2 and self._common_word_made_an_adjective(run.tokens[0].text):
            # "Muhalefetteki Kongre Partisi": "in the opposition", no part of the party's name
            return self._classify(text, replace(run, tokens=run.tokens[1:], sentence_initial=False), sentence_tokens)
        if len(run.tokens) >= 2 and self._names_a_document_or_an_event(run.tokens[0].text):
            # "İklim Kanunu TBMM Genel Kurulunda": a law's name, its opening word dropped as a common word, before a body
            return self._classify(text, replace(run, tokens=run.tokens[1:], sentence_initial=False), sentence_tokens)
        if len(run.tokens) >= 2 and self._names_a_document(run.tokens[-1].text):
            # "Yargıtay Kararı üzerine": the body that decided, without its decision
            return self._classify(text, replace(run, tokens=run.tokens[:-1], suffix=None, following=(run.tokens[-1], *run.following)),
                                  sentence_tokens)
        if run.lone_opener and fold(run.tokens[0].text) in self.resources.plain_words:
            return None  # "Örneğin kent içinde": no place cue for a plain opener; a name already seen still counts
        words = [t for t in run.tokens if t.kind == "word"]
        if all(fold(t.text) in self.resources.calendar_words for t in words) and not self._cue_after(run, self.resources.place_cues):
            return []  # "3 Aralık Çarşamba günü": a date, however capitalised; "Pazar ilçesinde" is a town
        demonym_country = None
        # "Türk Dil Kurumu", "Alman Futbol Federasyonu": before an organisation's head word the
        # adjective is part of the name; "Amerikan Politico" is an adjective before a name
        closing = fold(words[-1].text)  # "Çek Cumhuriyeti" is a state's name too
        # "Türk Tabipleri Birliği Başkanı X": a head inside the run, before a title and its holder, counts too
        # "Alman Dışişleri Bakanlığının", "Türk Silahlı Kuvvetlerinin": a case ending glued on the last word
        closings = self._with_glued_case_cut(closing) if run.suffix is None else [closing]
        names_organization = (any(stem in self.resources.organization_heads or stem in self.resources.place_heads for stem in closings)
                              or any(fold(t.text) in self.resources.organization_heads for t in words[1:-1]))
        folded_words = [fold(t.text) for t in words]
        known_opening = any(self.resources.known_name_at_start([*folded_words[:-1], stem], shortest=2) is not None for stem in closings)  # "Türk-İş"
        # "Gürcü Rüyası partisinden": a party's name, a compound whose nationality word is in it, before the common noun
        # for a party ("Alman Yeşiller partisi": an adjective before a name)
        head_after = (run.suffix is None and bool(run.following) and run.following[0].kind == "word" and run.following[0].text.islower()
                      and self._is_organization_head(run.following[0].text) and closing.endswith(self.resources.possessive_endings))
        names_organization = names_organization or head_after
        while len(words) > 1 and self._is_nationality(fold(words[0].text)) and not names_organization and not known_opening:
            demonym_country = demonym_country or self.resources.country_of_adjective(fold(words[0].text))
            words = words[1:]  # "Amerikan Politico", "Filistinlilere İsrail'in": the adjective is not part of the name
        if len(words) < len([t for t in run.tokens if t.kind == "word"]):
            found = self._classify(text, replace(run, tokens=tuple(t for t in run.tokens if t.start >= words[0].start), sentence_initial=False), sentence_tokens)
            return [replace(m, country_hint=m.country_hint or demonym_country) for m in found] if found else found
        known_whole = " ".join(fold(word.text) for word in words) in self.resources.known_names  # "Türk-İş", "Güney Amerika": names of their own
        if not known_whole and self._a_hyphenated_body(text, words):
            return [self._union(text, words)]  # "Eğitim-İş", "Petrol-İş Sendikası"
        if len(words) == 2 and fold(words[0].text) in self.resources.compass_words and not known_whole:
            part_of = self.resources.known_names.get(fold(words[1].text))
            if part_of is not None and part_of.kind in ("country", "region"):  # not "Kuzey Carolina", Carolina the town
                return [self._known_mention(text, words, part_of)]  # "Kuzey Suriye'de", "Güney Sumatra": a part of the place
        if len(words) == 1 and run.suffix is None and (plural := self._known_plural_with_a_glued_case(text, words[0])) is not None:
            return [plural]  # "Husilerin askeri sözcüsü": the Houthis
        head = self._uninflected_head(words) if run.suffix is None else None
        if head is not None:  # "Sağlık Bakanlığından": the name ends inside its last word
            glued = Token(head.end, words[-1].end, "'" + words[-1].text[len(head.text):], "suffix")
            found = self._classify(text, replace(run, tokens=run.tokens[:-1] + (head,), suffix=glued), sentence_tokens)
            ours = self.resources.our_possessive is not None and self.resources.our_possessive.match(glued.text)
            # "Abuja Büyükelçiliğimiz": "our embassy", the home country's
            return [replace(m, country_hint=m.country_hint or self.resources.home_country) if ours and m.end == head.end and m.type == "ORG" else m
                    for m in found] if found else found
        folded = [fold(t.text) for t in words]
        if len(words) > 1 and folded[-1] in self.resources.event_heads:
            # "Paris Otomobil Fuarı": Paris alone; the world of "Dünya Kupası" places nothing
            return [m for m in self._longest_known(text, words[:-1], skip_unknown=True) if m.key != THE_WORLD]
        initials = _initials_before_an_age(text, words)
        if initials is not None:
            return [initials]
        named = self._named_by_address(text, words, folded, run.sentence_initial)
        if named is not None:
            return named
        trailing_place = self._trailing_place(text, run, words)
        if trailing_place is not None:
            head = replace(run, tokens=tuple(t for t in run.tokens if t.end <= words[-2].end), suffix=None)
            found = self._classify(text, head, sentence_tokens)
            return None if found is None else found + [trailing_place]
        if (run.sentence_initial and len(words) > 2 and not known_whole and (self._known_at(folded, 1) or folded[1] in self.resources.demonyms)
                and self._has_head(folded[-1:])):
            # "Teklif Türkiye Büyük Millet Meclisi'nde": the verb's object opens the sentence (not "Güney Çin Denizi'nde", a name whole)
            words, folded = words[1:], folded[1:]
        if (split := self._person_before_a_known_body(text, run, words, folded, sentence_tokens)) is not None:
            return split
        title_at = self._find_titles(folded, holders_listed=self._another_name_joined_after(run))
        if title_at and title_at[-1][1] == len(folded) - 1 and folded[-1] in self.resources.organization_heads:
            title_at = []  # "Merkez Hakem Kurulu": a title's word inside a body's name, and no one after it
        if title_at and folded[0] in self.resources.title_abbreviations and folded[-1] in self.resources.organization_heads:
            return [self._mention(text, words, "ORG", "pattern")]  # "Dr. Ersin Arslan Eğitim ve Araştırma Hastanesi": named after a doctor
        if title_at:
            found = self._split_at_titles(text, words, folded, title_at)
            return [self._envoys_country(m, run, sentence_tokens) for m in found]
        if self._organization_cue_before(run, sentence_tokens) and self._cover_with_known(text, run) is None:
            # "insan hakları örgütü Human Rights Watch"; "Alman havayolu şirketi Lufthansa": of Germany
            described = self._lower_case_words_before(run, sentence_tokens)
            country = self._demonym_before_title(run, sentence_tokens, described) if described else None
            if country is None and len(folded) > 1 and folded[-1] in self.resources.organization_heads:
                country = self._leading_country(folded)  # "partisi Venezuela Gelecek Hareketi": the country its name opens with
            return [replace(self._mention(text, words, "ORG", "pattern"), country_hint=country)]
        if (club_country := self._club_after_team_word(run, sentence_tokens)) is not None:
            return [replace(self._mention(text, words, "ORG", "pattern"), country_hint=club_country)]
        title = self._lowercase_title_before(run, sentence_tokens)
        exact = self.resources.known_names.get(" ".join(folded))
        if title is None and exact is None and self._after_a_minute(run, sentence_tokens) and not self._has_head(folded):
            return [self._mention(text, words, "PER", "pattern")]  # "34. dakikada Youssef En-Nesyri"
        # "büyükelçisi Dışişleri Bakanlığına çağrıldı": a body's name after the title holds no one
        if title is not None and not self._place_after_title(run, exact) and not (len(folded) > 1 and folded[-1] in self.resources.organization_heads):
            person = self._mention(text, words, "PER", "pattern")
            return [replace(person, role=self.resources.titles[title], title=" ".join(title),
                            country_hint=self._demonym_before_title(run, sentence_tokens, len(title)))]
        if exact is not None and (len(words) > 1 or (exact.type == "ORG" and (self._organization_cue(run) or self._has_organization_suffix(folded[-1])))):
            # "Sovyetler Birliği": a state, though "Birliği" closes unions; "(AfD) partisi", "Trabzonspor": the body the table knows
            return [self._known_mention(text, words, exact)]
        if (service := self._service_of_a_medium(text, words, folded)) is not None:
            return [service]
        state = self.resources.known_names.get(" ".join(folded[:-1])) if len(words) >= 2 else None
        if state is not None and state.kind == "country" and folded[-1] in self.resources.state_heads:
            return [self._known_mention(text, words, state)]  # "Türkiye Cumhuriyeti" is Türkiye, "Rusya Federasyonu" Russia
        if (folded[-1] in self.resources.organization_heads and len(folded) > 1) or self._organization_cue(run) or self._has_organization_suffix(folded[-1]):
            organization = self._mention(text, words, "ORG", "pattern")
            if folded[-1] in self.resources.posting_heads:
                # "Çin'in Tokyo Büyükelçiliği": the genitive's country sends it; a city before the head, or a place
                # in the locative ("Vilnius'taki Rusya Büyükelçiliği"), is where it serves
                leading = self._known_place_at_start(folded)
                country = (self._country_of_place_before(run, sentence_tokens, GENITIVE_ENDINGS) or self.resources.demonyms.get(folded[0])
                           or (leading[1].country if leading is not None and leading[1].kind == "country" else None))
                return [replace(organization, country_hint=country)]
            country = (self.resources.demonyms.get(folded[0]) or self._leading_country(folded) or self._country_of_place_before(run, sentence_tokens)
                       or self._country_of_the_town_it_is_named_for(folded[-1]))
            return [replace(organization, country_hint=country)]
        if self._cue_after(run, self.resources.thing_cues) and not self._has_head(folded):
            return []  # "Osman Gazi sondaj gemisiyle": a ship's name, no person's
        if self._cue_after(run, self.resources.place_cues) and not self._has_head(folded):
            known = self._cover_with_known(text, run)
            if known is not None and all(m.type == "LOC" for m in known):
                return known  # "Çankaya, Keçiören ve Mamak ilçelerinde": a place the tables know keeps its key
            return [self._cued_place(text, run, words, sentence_tokens)]  # "Pütürge ilçesinde", "Sur kentinde"
        if len(words) >= 2 and folded[-1] in self.resources.place_heads:
            # "İstiklal Caddesi", "Çek Cumhuriyeti"; "Mısır'ın El-Ariş Limanı" is in Egypt, "Mersin Limanı" in Türkiye
            country = self._country_of_place_before(run, sentence_tokens)
            if country is None and (folded[-1] in self.resources.facility_heads or folded[-1] in self.resources.island_heads):
                # "Mersin Limanı" serves a town; "Tayvan Adası" is the country it is named after
                named = self._known_place_at_start(folded[:-1])
                kinds = SETTLEMENT_KINDS if folded[-1] in self.resources.facility_heads else ("country",)
                country = named[1].country if named is not None and named[1].kind in kinds else None
            return [replace(self._mention(text, words, "LOC", "pattern"), country_hint=country)]
        known = self._cover_with_known(text, run)
        if known is not None and not (run.lone_opener and self._is_common(run)) and not self._speaker_named_like_a_town(text, run, known, sentence_tokens):
            return known
        if (known is None and not any(folded[-1] in words for words in (self.resources.family_names, self.resources.person_name_words, self.resources.plain_words))
                and self._cue_after(run, self.resources.place_cues_after_unknown_names)):
            # "Ebu Şuk kampına": a camp named for no one the tables know ("Ahmet Yılmaz kampı", "Milli Takım kampı" are theirs)
            return [self._cued_place(text, run, words, sentence_tokens)]
        if len(words) >= 2 and folded[0] in self.resources.given_names and known is None and not self._has_head(folded):
            return [self._mention(text, words, "PER", "pattern")]  # "Selin Kaya": a given name opens a person's name
        if folded[-1] in self.resources.family_names and known is None and not self._has_head(folded):
            return [self._mention(text, words, "PER", "pattern")]  # "Demirel koşuyor": a family name alone
        if known is None and len(words) >= 2 and run.suffix is None and self._unknown_acronym_after(run):
            return [self._mention(text, words, "ORG", "pattern")]  # "Sınır Tanımayan Gazeteciler (RSF)"
        return None

    def _cued_place(self, text: str, run: NameRun, words: Sequence[Token], sentence_tokens: Sequence[Token]) -> Mention:
        """A place a noun after it types, in the country of a place named before it, or listed with it."""
        country = self._country_of_place_before(run, sentence_tokens) or self._country_of_listed_place_before(run, sentence_tokens)
        return replace(self._mention(text, words, "LOC", "pattern"), country_hint=country)

    def _speaker_named_like_a_town(self, text: str, run: NameRun, known: list[Mention], sentence_tokens: Sequence[Token]) -> bool:
        """``Rehn , ... anlattı``: a word opening a sentence that reports speech, set off by a
        comma, is its speaker; that a foreign town of under a million people bears the name (Rehn
        is Rennes in Breton) does not make it a place. A country, a capital, a Turkish town or a
        large city may stand for its government or its people (``Atina , ... çağırdı``)."""
        if not (run.lone_opener and run.before_a_comma) or len(known) != 1:
            return False
        place = self.resources.known_by_key.get(known[0].key or "")
        return (place is not None and self._is_foreign_town(place) and not place.capital
                and place.population < SPEAKING_CITY_POPULATION and self._reports_speech(text, sentence_tokens))

    def _unknown_acronym_after(self, run: NameRun) -> bool:
        """A bracketed acronym no table knows right after the name is the name's short form: the
        name is an organisation's. A known one is an affiliation (``Ayşe Öz (CHP)``)."""
        after = run.following[:3]
        return (len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text.isupper()
                and 2 <= len(after[1].text) <= 8 and fold(after[1].text) not in self.resources.known_names
                and fold(after[1].text) not in self.resources.demonyms)

    def _known_plural_with_a_glued_case(self, text: str, word: Token) -> Mention | None:
        """``Husilerin``, ``Husilere``: a plural name the tables know, a case ending glued on."""
        found = self._known_plural_and_its_stem(word)
        return None if found is None else _known_span(text, word.start, word.start + found[1], found[0])

    def _known_plural_and_its_stem(self, word: Token) -> tuple[KnownName, int] | None:
        folded = fold(word.text)
        ending = self.resources.glued_plural_case.search(folded) if self.resources.glued_plural_case is not None else None
        known = self.resources.known_names.get(folded[:ending.start()]) if ending is not None else None
        return (known, ending.start()) if known is not None and known.type == "ORG" else None

    def _uninflected_head(self, words: list[Token]) -> Token | None:
        """``Bakanlığından`` → ``Bakanlığı``: the last word of a name of two words or more is an
        organisation's or a place's closing word with a case ending glued on, no apostrophe."""
        cut = self._glued_head_length(words[-1].text, self.resources.place_heads) if len(words) >= 2 else None
        return None if cut is None else Token(words[-1].start, words[-1].start + cut, words[-1].text[:cut], "word")

    def _glued_head_length(self, word: str, other_heads: frozenset[str] = frozenset()) -> int | None:
        """The length of the organisation word (or of one of ``other_heads``) that ``word`` is
        with a case ending glued on (``Mahkemesinde``: 9), if it is one."""
        return self._glued_stem_length(word, self.resources.organization_heads, other_heads)

    def _glued_stem_length(self, word: str, *tables) -> int | None:
        """The length of the word of ``tables`` that ``word`` is with a case ending glued on, if any."""
        for cut in self._glued_case_cuts(turkish_lower(word)):  # the cheap test first: few endings qualify
            stem = fold(word[:cut])
            if any(stem in table for table in tables):
                return cut
        return None

    def _with_glued_case_cut(self, folded: str) -> list[str]:
        """``bakanligina``: the word itself, then its stems with each case ending it may carry cut off."""
        return [folded, *(folded[:cut] for cut in self._glued_case_cuts(folded))]

    def _glued_case_cuts(self, lowered: str) -> Iterator[int]:
        """Where a case ending may be glued on ``lowered`` (``büyükelçisi|ni``), longest stem first."""
        if self.resources.glued_case is None:
            return
        yield from (cut for cut in range(len(lowered) - 1, 2, -1) if self.resources.glued_case.match(lowered[cut:]))

    def _named_by_address(self, text: str, words: list[Token], folded: list[str], sentence_initial: bool) -> list[Mention] | None:
        """"Ahmet Bey", "Sayın Yıldız": a form of address marks a person and stays outside the name
        (as does a sentence's capitalised first word that is not a given name: "Toplantıda Kerem Bey")."""
        if len(words) < 2:
            return None
        if folded[-1] in self.resources.honorifics_after:
            name = words[1:-1] if sentence_initial and len(words) > 2 and folded[0] not in self.resources.given_names else words[:-1]
            return [self._mention(text, name, "PER", "pattern")]
        if folded[0] in self.resources.honorifics_before:
            titles = self._find_titles(folded[1:])
            if titles:  # "Sayın Başbakan", "Sayın Meclis Başkanı": a title, its holder unnamed
                return self._split_at_titles(text, words[1:], folded[1:], titles)
            return [self._mention(text, words[1:], "PER", "pattern")]
        return None

    def _is_demonym(self, run: NameRun) -> bool:
        last = fold(run.tokens[-1].text)
        if len(run.tokens) == 1 and last in self.resources.demonyms:
            return True
        if len(run.tokens) == 1 and run.suffix is None and self._is_place_adjective(last):
            return True
        if run.suffix is not None and self.resources.demonym_suffix.match(run.suffix.text):
            # "ABD'li" is an adjective of nationality; "CHP'li" names the party its member belongs to
            known = self.resources.known_names.get(fold(" ".join(t.text for t in run.tokens if t.kind == "word")))
            return known is not None and known.type == "LOC"
        return False

    def _is_nationality(self, folded: str) -> bool:
        return folded in self.resources.demonyms or self._is_place_adjective(folded)

    def _is_place_adjective(self, folded: str) -> bool:
        """``Kanadalı``, ``İranlılar``: a known place with the -lI suffix written without an apostrophe."""
        match = self.resources.demonym_suffix.search(folded)
        if match is None or match.start() < 3 or self.resources.is_a_country(folded):
            return False  # "Somali" is Somalia, not of Soma
        known = self.resources.known_names.get(folded[: match.start()])
        return known is not None and known.type == "LOC"

    def _common_word_made_an_adjective(self, word: str) -> bool:
        """A common noun in the locative made an adjective by "-ki" (``Muhalefetteki``, ``Bölgedeki``)."""
        folded = fold(word)
        return any(folded.endswith(ending) and folded[:-len(ending)] in self.resources.word_stems
                   for ending in self.resources.relative_of_place_endings)

    def _is_common(self, run: NameRun) -> bool:
        """A sentence-initial word that is also a common lower-case word (``Ordu``, ``Van``)."""
        return fold(run.tokens[0].text) in self.resources.common_words

    def _find_titles(self, folded: list[str], holders_listed: bool = False) -> list[tuple[int, int, str]]:
        """Titles in the run's words, each with its role. With ``holders_listed`` (the run goes on
        with ``ve`` and another name), a title in the plural before the run's last words names the
        first of its holders (``Eş Genel Başkanları X Y ve Z W``)."""
        titles = []
        index = 0
        while index < len(folded):
            for length in range(min(self.resources.longest_title, len(folded) - index), 0, -1):
                # "Ankara Büyükelçisini Dışişleri Bakanlığına": a title before a body the tables know closes its own phrase
                closes = (index + length == len(folded) or self._a_known_body(folded[index + length:])
                          or holders_listed and self._holder_words_after(folded, index + length))
                role = self._title_role(tuple(folded[index:index + length]), closes_run=closes)
                if role is not None and length == 1 and self._inside_a_name(folded, index):
                    role = None  # "Hasan Şeyh Mahmud": a title word between a given name and another is part of the name
                if role is not None and index and folded[index - 1] in self.resources.foreign_articles:
                    role = None  # "The General isimli film": a work's title in another language
                if role is not None and self._a_known_body(folded[index:]):
                    role = None  # "General Motors": the title's word opens a body the tables know
                if role is not None:
                    scoped = folded[index] in self.resources.ablative_scope_words and index and ABLATIVE_ENDING.search(folded[index - 1])
                    titles.append((index - 1 if scoped else index, index + length, role))
                    index += length
                    break
            else:
                index += 1
        return titles  # a title closing the run ("Katar Dışişleri Bakanı,") still types what precedes it

    def _holder_words_after(self, folded: list[str], title_end: int) -> bool:
        """One to three words close the run after a title, none of them a title's, a body's or a
        place's word: a person's name."""
        rest = folded[title_end:]
        return (0 < len(rest) <= PERSON_NAME_MAX_WORDS and not any(
            word in self.resources.organization_heads or word in self.resources.place_heads or (word,) in self.resources.titles
            or word in self.resources.known_names for word in rest))

    def _another_name_joined_after(self, run: NameRun) -> bool:
        """``... X Y ve Z W'yi``: the run is followed by ``ve`` and a capitalised word."""
        following = run.following
        return (run.suffix is None and len(following) >= 2 and following[0].text == "ve" and following[1].is_capitalised)

    def _a_known_body(self, folded: list[str]) -> bool:
        """``dışişleri bakanlığına``: the words name a body the tables know, a case glued on the last."""
        if not folded:
            return False
        lead, last = folded[:-1], folded[-1]
        return any((known := self.resources.known_names.get(" ".join([*lead, form]))) is not None and known.type == "ORG"
                   or " ".join([*lead, form]) in self.resources.home_bodies for form in self._with_glued_case_cut(last))

    def _inside_a_name(self, folded: list[str], index: int) -> bool:
        return (folded[index] in self.resources.name_internal_titles and 0 < index < len(folded) - 1
                and folded[index - 1] in self.resources.given_names)

    def _title_role(self, words: tuple[str, ...], closes_run: bool) -> str | None:
        """The role a title names; in the plural (``Almanya ve Fransa Dışişleri Bakanları``) or with
        a case ending (``Ankara Büyükelçisini``) only where it closes the run, for no one is named
        after it (``İcra Vekilleri Heyeti`` is a body)."""
        role = self.resources.titles.get(words)
        if role is not None or not closes_run:
            return role
        if words[-1].endswith(PLURAL_POSSESSIVES):
            return self.resources.plural_title_role(words)
        # "Ankara Büyükelçisini bakanlığa çağırdı": a title with no one after it takes its case unmarked
        return next((found for cut in self._glued_case_cuts(words[-1]) if (found := self.resources.titles.get((*words[:-1], words[-1][:cut])))), None)

    def _parliament_role(self, head: list[Mention], title: list[str]) -> str | None:
        """``TBMM Başkanı``, ``Macaristan Meclisi Başkanı``: a chair's title right after a parliament's name."""
        if not head or head[-1].type != "ORG":
            return None
        name = fold(head[-1].text)
        known = self.resources.known_names.get(name)
        parliament = (known is not None and known.kind == "parliament") or name.split()[-1] in self.resources.parliament_heads
        return self.resources.parliament_titles.get(" ".join(title)) if parliament else None

    def _split_at_titles(self, text, words, folded, titles) -> list[Mention]:
        mentions: list[Mention] = []
        cursor = 0
        country_hint = None  # "Katar Başbakanı ve Dışişleri Bakanı X": the second title keeps the first's country
        office = None  # "Rasathane Müdürü Prof. Dr. X", "Başbakanı Şeyh X": the office, not the degree or address after it, is the role
        for number, (start, end, role) in enumerate(titles):
            if office is not None and start == office[1] and (all(w in self.resources.title_abbreviations for w in folded[start:end])
                                                              or " ".join(folded[start:end]) in self.resources.address_titles):
                start, _, role = office
            holder_end = titles[number + 1][0] if number + 1 < len(titles) else len(words)
            office = (start, end, role) if holder_end == end else None
            before = words[cursor:start]
            if before:
                head = self._type_prefix(text, before, [fold(w.text) for w in before], tuple(folded[start:end]))
                mentions.extend(head)
                country_hint = next((self._country_of(m) for m in reversed(head) if self._country_of(m)), None)
                role = self._parliament_role(head, folded[start:end]) or role
            holder = words[end:holder_end]
            if all(w.text in self.resources.organization_conjunctions for w in holder):
                holder = []  # "Başbakanı ve Dışişleri Bakanı": only the conjunction between two titles
            known = self._known_parts(text, holder) if holder else None
            if known and all(m.type in ("LOC", "ORG") for m in known) and not self._places_spell_a_name(holder, known):
                mentions.extend(known)  # "Bakan Kahire'de", "Bakan NATO toplantısında": a title word before a place or a body, no person
            elif holder and self._is_organization_head(holder[-1].text) and (body_start := self._known_body_closing(holder)) is not None:
                # "Büyükelçisi Dışişleri Bakanlığına çağrıldı": a body the tables know after the title; the holder, if any, before it
                if body_start:
                    person = self._mention(text, holder[:body_start], "PER", "pattern")
                    mentions.append(replace(person, role=role, country_hint=country_hint, title=" ".join(folded[start:end])))
                mentions.extend(self._classify_body(text, holder[body_start:]))
            elif len(holder) == 1 and (self._body_word_with_case(fold(holder[0].text)) or self._office_word(holder[0].text)):
                pass  # "Büyükelçisi Bakanlığa çağrıldı", "Başkan Yardımcılığına atandı": a body or an office as a common noun holds no title
            elif holder and (capital := self._capital_closing_the_holder(text, holder)) is not None:
                # "Kralı Charles Ankara'ya geldi": a capital in the dative or locative after the holder's name is where he went
                person = self._mention(text, holder[:-1], "PER", "pattern")
                mentions.append(replace(person, role=role, country_hint=country_hint, title=" ".join(folded[start:end])))
                mentions.append(capital)
            elif holder:
                holder, body = self._body_after_the_holder(text, holder)
                person = self._mention(text, holder, "PER", "pattern")
                mentions.append(replace(person, role=role, country_hint=country_hint, title=" ".join(folded[start:end])))
                mentions.extend(body)
            cursor = holder_end
        return mentions

    def _capital_closing_the_holder(self, text: str, holder: Sequence[Token]) -> Mention | None:
        """The last of two or more words after a title, a country or a capital the tables know, with
        a case ending of place after it (``Charles Ankara'ya``, ``Leo Roma'da``): the place, apart."""
        if len(holder) < 2 or self.resources.place_case_suffix is None:
            return None
        known = self.resources.known_names.get(fold(holder[-1].text))
        ending = suffix_after(text, holder[-1].end)
        if known is None or known.type != "LOC" or not (known.capital or known.kind == "country"):
            return None
        dative = self.resources.group_dative is not None and ending[:1] in APOSTROPHES and self.resources.group_dative.match(ending[1:])
        if not (self.resources.place_case_suffix.match(ending) or dative):
            return None
        return _known_span(text, holder[-1].start, holder[-1].end, known)

    def _known_body_closing(self, holder: Sequence[Token]) -> int | None:
        """Where a body the tables know (``Dışişleri Bakanlığına``, its case glued on) begins among
        the words after a title: right after it, with no holder, or after a holder's two words or more."""
        for begin in range(len(holder) - 1):
            if begin == 1:
                continue  # one word alone before the body is no one's full name
            folded = " ".join(self._folded_without_glued_case(list(holder[begin:])))
            if folded in self.resources.known_names or folded in self.resources.home_bodies:
                return begin
        return None

    def _places_spell_a_name(self, holder: Sequence[Token], known: list[Mention]) -> bool:
        """``Futbolcu Jordan Henderson``: after a title, two places or more side by side with no
        word between them, none a capital and a town last, are the holder's given and family
        names; ``Bakan Kahire'de`` is where the holder is."""
        places = [self.resources.known_names.get(fold(m.text)) for m in known]
        return (len(known) >= 2 and len(holder) == len(known) and all(p is not None and p.type == "LOC" and not p.capital for p in places)
                and places[-1].kind == "city")

    def _body_after_the_holder(self, text: str, holder: Sequence[Token]) -> tuple[Sequence[Token], list[Mention]]:
        """``Bakanı Kemal Memişoğlu Ankara Şehir Hastanesi'ni ziyaret etti``: a body's name glued to
        the holder's, from a place the tables know (or after a two-word name opened by a given
        name) to the body's head word, is the body; the holder's name ends before it."""
        folded = [fold(t.text) for t in holder]
        if len(holder) < 4 or not self._is_organization_head(holder[-1].text):
            return holder, []
        place = next((i for i in range(2, len(holder) - 1) if (known := self.resources.known_names.get(folded[i])) is not None
                      and known.type == "LOC"), None)
        cut = place if place is not None else (2 if folded[0] in self.resources.given_names else None)
        if cut is None:
            return holder, []
        return holder[:cut], self._classify_body(text, holder[cut:])

    def _person_before_a_known_body(self, text: str, run: NameRun, words: list[Token], folded: list[str],
                                    sentence_tokens: Sequence[Token]) -> list[Mention] | None:
        """``Erdoğan BM Genel Kurulunda konuştu``: a family name the tables know, then a body they
        know by its full name or its short form, with no comma between (as headlines write the
        subject): the person and the body. A body named after someone (``Recep Tayyip Erdoğan
        Üniversitesi``) opens with no known body."""
        if len(words) < 2 or folded[0] not in self.resources.family_names or folded[0] in self.resources.given_names:
            return None
        rest = self._folded_without_glued_case(words[1:])
        opener = self.resources.known_names.get(rest[0])
        full = " ".join(rest)
        if not ((opener is not None and opener.type == "ORG" and len(rest) > 1) or full in self.resources.home_bodies
                or ((known := self.resources.known_names.get(full)) is not None and known.type == "ORG")):
            return None
        body = replace(run, tokens=tuple(t for t in run.tokens if t.start >= words[1].start), sentence_initial=False)
        return [self._mention(text, words[:1], "PER", "pattern"), *(self._classify(text, body, sentence_tokens) or [])]

    def _classify_body(self, text: str, words: Sequence[Token]) -> list[Mention]:
        head = self._uninflected_head(list(words))
        if head is not None:  # "Hastanesi'ni" is cut before its suffix already; "Hastanesinde" is not
            words = [*words[:-1], head]
        return [self._mention(text, words, "ORG", "pattern")]

    def _type_prefix(self, text, words, folded, title: tuple[str, ...]) -> list[Mention]:
        """What stands before a title: an organisation (``İran Dışişleri Bakanlığı``), places, or
        a place that opens an office's name (``İstanbul Büyükşehir Belediye Başkanı``). A name no
        table knows is the holder's employer (``Emlakbank Genel Müdürü``), or a place before a
        title such as ``İlçe Başkanı``."""
        head = self._uninflected_head(list(words))
        if head is not None:  # "Avrupa Komisyonunun Ticaretten Sorumlu Üyesi": the genitive glued on
            words, folded = [*words[:-1], head], [*folded[:-1], fold(head.text)]
        known = self.resources.known_names.get(" ".join(folded))
        if known is not None:
            return [self._known_mention(text, words, known)]
        if len(words) > 1 and self._a_hyphenated_body(text, words):
            return [self._union(text, words)]  # "Eğitim-İş Genel Başkanı X": the union employs X
        if len(words) > 1 and folded[-1] in self.resources.parliament_heads and (
                country := self.resources.known_names.get(" ".join(folded[:-1]))) is not None and country.kind == "country":
            # "Ermenistan Meclis Başkan Yardımcısı": the country's own parliament, not Türkiye's "Meclis"
            return [replace(self._mention(text, words, "ORG", "pattern"), country_hint=country.country)]
        if len(words) > 1 and folded[-1] in self.resources.demonyms:
            # "Irak Dışişleri Bakanlığı Türk Büyükelçisi'ni": the adjective is the envoy's country, the body before it a name of its own
            return self._type_prefix(text, words[:-1], folded[:-1], ())
        place = self.resources.known_names.get(folded[-1]) if len(words) > 1 and title in self.resources.place_titles else None
        if place is not None and place.type == "LOC":
            # "İnşaat Mühendisleri Odası Hatay Şube Başkanı": the body, then the place where its branch is
            return [*self._type_prefix(text, words[:-1], folded[:-1], ()), self._known_mention(text, words[-1:], place)]
        if folded[-1] in self.resources.organization_heads:
            org = self._mention(text, words, "ORG", "pattern")
            country = self._leading_country(folded)
            return [replace(org, country_hint=country)]
        found = self._known_parts(text, words) or self._leading_body(text, words, folded) or self._leading_place(text, words, folded)
        if not found and len(words) >= 2 and folded[-1] in self.resources.place_heads:
            return [self._mention(text, words, "LOC", "pattern")]  # "Bavyera Eyaleti Başbakanı": a state no table knows
        if found or self._has_head(folded) or self._names_no_employer(folded):
            return found
        return [self._mention(text, words, "LOC" if title in self.resources.place_titles else "ORG", "pattern")]

    def _envoys_country(self, mention: Mention, run: NameRun, tokens: Sequence[Token]) -> Mention:
        """``Türkiye'nin Berlin Büyükelçisi X``: Berlin is where X serves; X is Türkiye's, the
        country in the genitive before, and so is an embassy opening the run before a title. With
        none, a country before the title is X's own (``Kanada Büyükelçisi``), a city gives no country. After a body's bracketed short form
        the country is where the body's envoy serves (``Komiserliği (BMMYK) Türkiye Temsilcisi``)."""
        if mention.type == "ORG" and mention.start == run.tokens[0].start and fold(mention.text.split()[-1]) in self.resources.posting_heads:
            # "İsrail'in Ankara Büyükelçiliği Maslahatgüzarı": the embassy opening the run is the genitive's country's
            sender = self._country_of_place_before(run, tokens, GENITIVE_ENDINGS)
            return replace(mention, country_hint=sender) if sender else mention
        if mention.type != "PER" or mention.title is None:
            return mention
        first = self.resources.known_names.get(fold(run.tokens[0].text))
        leading_country = first is not None and first.kind == "country"
        index = _position_of(run, tokens)
        if leading_country and index > 0 and tokens[index - 1].text == ")":
            return replace(mention, country_hint=None)
        if tuple(mention.title.split()) not in self.resources.posting_titles:
            return mention
        sender = self._country_of_place_before(run, tokens) or self._sending_country_in_run(run, mention.title)
        if sender is None and self._body_in_the_genitive_before(index, tokens):
            return replace(mention, country_hint=None)  # "AB'nin Gürcistan Büyükelçisi": the body's envoy, of no country
        if sender is None and leading_country and not self._office_in_the_genitive_before(index, tokens):
            return mention
        return replace(mention, country_hint=sender or self._country_of_office_before(index, tokens))

    def _body_in_the_genitive_before(self, index: int, tokens: Sequence[Token]) -> bool:
        """``AB'nin Gürcistan Büyükelçisi``: a body the tables know, in the genitive, sends the envoy."""
        known = self.resources.known_names.get(fold(tokens[index - 2].text)) if index >= 2 else None
        return (known is not None and known.type == "ORG" and tokens[index - 1].kind == "suffix"
                and tokens[index - 1].text[1:].lower() in GENITIVE_ENDINGS)

    def _office_in_the_genitive_before(self, index: int, tokens: Sequence[Token]) -> bool:
        """``BM Genel Sekreteri'nin Suriye Özel Temsilcisi``: the envoy is the office's, not Syria's."""
        return (index >= 2 and tokens[index - 1].kind == "suffix" and tokens[index - 1].text[1:].lower() in GENITIVE_ENDINGS
                and fold(tokens[index - 2].text) in self.resources.title_closers)

    def _country_of_office_before(self, index: int, tokens: Sequence[Token]) -> str | None:
        """``Rusya Devlet Başkanı'nın Suriye Özel Temsilcisi``: the country opening the office's title."""
        if not self._office_in_the_genitive_before(index, tokens):
            return None
        known = (self.resources.known_names.get(fold(token.text)) for token in tokens[max(0, index - 5):index - 2])
        return next((entry.country for entry in known if entry is not None and entry.kind == "country"), None)

    def _sending_country_in_run(self, run: NameRun, title: str) -> str | None:
        """``ABD Suriye Özel Temsilcisi X``: of two countries before an envoy's title, the first
        sends the envoy and the second is where the envoy serves."""
        title_start = next((i for i in range(len(run.tokens)) if " ".join(fold(t.text) for t in run.tokens[i:i + len(title.split())]) == fold(title)),
                           len(run.tokens))
        countries = [known.country for token in run.tokens[:title_start]
                     if (known := self.resources.known_names.get(fold(token.text))) is not None and known.kind == "country"]
        return countries[0] if len(countries) >= 2 else None

    def _names_no_employer(self, folded: list[str]) -> bool:
        """A given name, a plain word or a nationality before the title, one common word
        (``Sendika Başkanı``: the union the article is about), or common words joined by "ve", the
        fields of a ministry (``Ulaştırma ve Altyapı Bakanı``)."""
        resources = self.resources
        if any(word in resources.given_names or word in resources.plain_words or word in resources.demonyms for word in folded):
            return True
        if "ve" in folded and all(word == "ve" or resources.reads_as_word(word) for word in folded):
            return True
        return len(folded) == 1 and resources.reads_as_word(folded[0])

    def _leading_body(self, text, words, folded) -> list[Mention]:
        """``Avrupa Birliği Dış İlişkiler Sözcüsü``, ``BM İnsani İşler Koordinatörü``: a body of two
        words or more, or known by its acronym, that the tables know opens the name of its
        department; the body is the holder's employer."""
        found = self.resources.known_name_at_start(folded[:-1], kind="ORG", shortest=1 if words[0].text.isupper() else 2)
        return [self._known_mention(text, words[:found[0]], found[1])] if found else []

    def _leading_place(self, text, words, folded) -> list[Mention]:
        found = self._known_place_at_start(folded[:-1])
        return [self._known_mention(text, words[:found[0]], found[1])] if found else []

    def _leading_country(self, folded: list[str]) -> str | None:
        """The country of the place, or else of the body, a name opens with (``TBMM Genel Kurulu``)."""
        found = self._known_place_at_start(folded) or self.resources.known_name_at_start(folded[:-1], kind="ORG")
        return found[1].country if found else None

    def _known_place_at_start(self, folded: list[str]) -> tuple[int, KnownName] | None:
        """The longest known place the words open with, and its length in words."""
        return self.resources.known_name_at_start(folded, kind="LOC")


    def _known_at(self, folded: list[str], index: int) -> bool:
        known = self.resources.known_names.get(folded[index]) if index < len(folded) else None
        return known is not None and known.type == "LOC"

    def _trailing_place(self, text: str, run: NameRun, words: Sequence[Token]) -> Mention | None:
        """``Nils Berg Oslo'ya``: a name run straight into a place that carries the case suffix;
        right after a given name, or in the genitive, the place's name is a family name
        (``Başkanı Mehmet Muş'un``, ``Temsilcisi Maria Angela Holguin'in``)."""
        origin = run.suffix is None and bool(run.following) and fold(run.following[0].text) in self.resources.origin_words
        if (run.suffix is None and not origin) or len(words) < 3 or fold(words[-2].text) in self.resources.given_names:
            return None  # "Lucienne Borg Tunus doğumlu": a place before a word of origin is no part of the name
        if run.suffix is not None and self.resources.genitive_suffix is not None and self.resources.genitive_suffix.match(run.suffix.text):
            return None
        known = self.resources.known_names.get(fold(words[-1].text))
        if known is None or known.type != "LOC" or self._has_head([fold(words[-1].text)]):
            return None  # "Bursa Atatürk Stadı'nda": GeoNames knows a "Stadı", but here it closes a place's name
        return self._known_mention(text, words[-1:], known)

    def _place_after_title(self, run: NameRun, known: KnownName | None) -> bool:
        """``bakan Ankara'yı ziyaret etti``: a known place with a case ending other than the
        genitive is where the title's holder goes; ``başkan Aydın`` names a person. A known
        organisation is never the holder: ``oyuncu G.Saray maçında``."""
        if known is not None and known.type == "ORG":
            return True
        if known is not None and known.kind == "country" and run.suffix is None and run.following and _possessed_word(run.following[0]):
            return True  # "iki gazeteci İsrail ordusu tarafından": the country owns the noun after it, no one is named
        if known is None or known.type != "LOC" or run.suffix is None:
            return False
        return self.resources.genitive_suffix is None or not self.resources.genitive_suffix.match(run.suffix.text)

    def _lowercase_title_before(self, run: NameRun, tokens: Sequence[Token]) -> tuple[str, ...] | None:
        """``danışmanı Selin Kaya``, ``eski belediye başkanı Kemal Aydın``: the longest folded
        lower-case title (kinship or office words) right before the run."""
        position = _position_of(run, tokens)
        acronym = tokens[position - 2] if position >= 2 and tokens[position - 1].kind == "suffix" else None
        if acronym is not None and acronym.text.isupper() and (fold(acronym.text),) in self.resources.titles:
            return (fold(acronym.text),)  # "CEO'su Levent Çakıroğlu": an acronym title takes its suffix after an apostrophe
        for length in range(min(self.resources.longest_title, position), 0, -1):
            words = tokens[position - length:position]
            # the sentence's first word is capitalised: "Muhalefet lideri Raila Odinga"
            opener = words[0].text[:1].isupper() and words[0].text[1:].islower() and position == length and len(words) > 1
            if all(t.kind == "word" and (t.text.islower() or (t is words[0] and opener)) for t in words):
                title = tuple(fold(t.text) for t in words)
                if title in self.resources.titles:
                    return title
        return None

    def _after_a_minute(self, run: NameRun, tokens: Sequence[Token]) -> bool:
        """``34. dakikada``: a match minute right before the run."""
        position = _position_of(run, tokens)
        return (self.resources.minute_word is not None and position >= 3 and fold(tokens[position - 1].text) == self.resources.minute_word
                and tokens[position - 2].text == "." and tokens[position - 3].kind == "number")

    def _demonym_before_title(self, run: NameRun, tokens: Sequence[Token], title_length: int) -> str | None:
        """``Mısırlı mevkidaşı X``: the nationality before the kinship or office word, or the
        country's name (``Kuzey Kore lideri X``)."""
        position = _position_of(run, tokens)
        if position < title_length + 1:
            return None
        before = tokens[position - title_length - 1]
        word = fold(before.text)
        if before.kind == "suffix" and position - title_length >= 2:
            # "ABD'li teknoloji şirketi", "ABD'li mevkidaşı": the suffix of origin after a country's name
            return self.resources.country_of_adjective(fold(tokens[position - title_length - 2].text) + word)
        if word in self.resources.demonyms:
            return self.resources.demonyms[word]
        match = self.resources.demonym_suffix.search(word)
        known = self.resources.known_names.get(word[: match.start()]) if match else None
        if known is not None and known.type == "LOC":
            return known.country
        end = position - title_length
        for length in range(min(3, end), 0, -1):
            words = tokens[end - length:end]
            country = self.resources.known_names.get(" ".join(fold(t.text) for t in words))
            if all(t.kind == "word" and t.is_capitalised for t in words) and country is not None and country.kind == "country":
                return country.country
        return None

    @staticmethod
    def _lower_case_words_before(run: NameRun, tokens: Sequence[Token], most: int = 3) -> int:
        """How many lower-case words stand right before the run (``havayolu şirketi``), up to ``most``."""
        index = _position_of(run, tokens)
        count = 0
        while count < most and index - count > 0 and tokens[index - count - 1].kind == "word" and not tokens[index - count - 1].is_capitalised:
            count += 1
        return count

    def _organization_cue_before(self, run: NameRun, tokens: Sequence[Token], cues=None) -> bool:
        """``muhalefet partisi SYRIZA``: the common noun of a body stands before its name."""
        index = _position_of(run, tokens)
        before = [fold(t.text) for t in tokens[max(0, index - 3):index]]
        if not before or tokens[index - 1].kind != "word" or tokens[index - 1].is_capitalised:
            return False
        return any(tuple(before[-len(cue):]) == cue for cue in (self.resources.organization_cues_before if cues is None else cues))

    def _club_after_team_word(self, run: NameRun, tokens: Sequence[Token]) -> str | None:
        """The club's country when a word for a team that a nationality or a country opens stands
        right before the name: ``İspanyol ekibi Valencia'yı yendi``, ``Hollanda ekibi Ajax``. A
        city's name there is its club's; a country's stays a place (a national team), a genitive
        owns something else, and without the nationality the word may mean a crew ("kurtarma
        ekibi Ahmet Yılmaz'ı kurtardı")."""
        if not self._organization_cue_before(run, tokens, self.resources.team_cues_before):
            return None
        index = _position_of(run, tokens)
        nationality = fold(tokens[index - 2].text) if index >= 2 else ""
        country = self.resources.known_names.get(nationality)
        if nationality not in self.resources.demonyms and (country is None or country.kind != "country"):
            return None
        if run.suffix is not None and self.resources.genitive_suffix is not None and self.resources.genitive_suffix.match(run.suffix.text):
            return None
        known = self.resources.known_names.get(" ".join(fold(t.text) for t in run.tokens if t.kind == "word"))
        if known is not None and (known.type != "LOC" or known.kind not in TEAM_TOWN_KINDS):
            return None
        return self.resources.demonyms.get(nationality) or country.country

    def _organization_cue(self, run: NameRun) -> bool:
        """``Bloomberg haber ajansına``, ``Stuttgart takımına``: the cue's last word may carry a
        case suffix. A country's team (``İsrail takımı``) is named as the country, and ``A
        takımı`` is a club's first team."""
        words = [t for t in run.tokens if t.kind == "word"]
        known = self.resources.known_names.get(" ".join(fold(t.text) for t in words))
        if (known is not None and known.kind == "country") or (len(words) == 1 and len(words[0].text) == 1):
            return False
        if known is None and run.lone_opener and self.resources.reads_as_word(fold(words[0].text)):
            return False  # "Milli takımı yenildi": an adjective capitalised because it opens the sentence
        if known is not None and known.type == "LOC" and self._cue_after(run, self.resources.team_cues_after_places):
            return True  # "Trabzon karşısında": the city's team
        return self._cue_after(run, self.resources.organization_cues)

    def _country_of_place_before(self, run: NameRun, tokens: Sequence[Token], endings=PLACE_BEFORE_ENDINGS) -> str | None:
        """``Malatya'nın Pütürge ilçesinde``, ``Gazze'deki Sağlık Bakanlığı``: a known place in the
        genitive or the adjectival locative right before (or before a word for its part,
        ``güneyindeki``) gives its country."""
        index = _position_of(run, tokens)
        relational = self.resources.relational_noun
        if index >= 3 and relational is not None and relational.fullmatch(turkish_lower(tokens[index - 1].text)):
            index -= 1  # "Lübnan'ın güneyindeki Nabatiye kentinde": the place's part stands between
        if index >= 2 and self._place_noun_in_the_locative(tokens[index - 1], endings):
            return self._country_of_known_place(tokens[index - 2])  # "Florida eyaletindeki Cape Canaveral Uzay Üssü"
        if index < 2 or tokens[index - 1].kind != "suffix" or tokens[index - 1].text[1:].lower() not in endings:
            return None
        return self._country_of_known_place(tokens[index - 2])

    def _place_noun_in_the_locative(self, token: Token, endings) -> bool:
        """``eyaletindeki``, ``kentindeki``: a word for a settlement or region with an ending of ``endings`` glued on."""
        word = turkish_lower(token.text)
        return (token.kind == "word" and self.resources.place_noun is not None and self.resources.place_noun.fullmatch(word) is not None
                and word.endswith(tuple(ending for ending in endings if ending in ADJECTIVAL_LOCATIVE_ENDINGS)))

    def _country_of_known_place(self, token: Token) -> str | None:
        """The country of a place the tables know that ``token`` names; a title is no place
        (``Vali, Yerkesik ve Kafaca mahallelerinin``, though a town is so named)."""
        word = fold(token.text)
        if word in self.resources.title_openers:
            return None
        known = self.resources.known_names.get(word)
        return known.country if known is not None and known.type == "LOC" else None

    def _country_of_listed_place_before(self, run: NameRun, tokens: Sequence[Token]) -> str | None:
        """``Çayeli ve Pazar ilçelerinde``: the places one word for a settlement closes are in
        the country of the known one listed right before."""
        index = _position_of(run, tokens)
        if index < 2 or tokens[index - 1].text not in {",", *self.resources.organization_conjunctions}:
            return None
        return self._country_of_known_place(tokens[index - 2])

    def _cue_after(self, run: NameRun, cues: tuple[tuple[str, ...], ...]) -> bool:
        """The noun right after the name, or after the last name of a list that ``ve`` closes
        ("Darfur ve Kordofan bölgelerinde", "Kızılağaç, Çamlıca ve Dereköy mahalleleri"). A
        comma with no ``ve`` after it parts the name from the noun ("Adalı, kulübün ...")."""
        if run.suffix is not None:
            return False
        following, listed, joined = list(run.following), False, False
        # a lone word opening the sentence before a comma is as likely its subject ("Sağanak, Çankaya ve ...")
        separators = self.resources.organization_conjunctions if run.lone_opener else {",", *self.resources.organization_conjunctions}
        while len(following) >= 2 and following[0].text in separators and following[1].is_capitalised and not joined:
            listed, joined = True, following[0].text != ","
            following = following[1:]
            while following and following[0].is_capitalised:
                following = following[1:]  # the next name of the list, of one word or more
        if (listed and not joined) or (following and following[0].text in CLAUSE_MARKS):
            return False
        after = [fold(t.text) for t in following if t.kind == "word"]
        return any(_starts_with_cue(after, cue) for cue in cues)

    def _cover_with_known(self, text: str, run: NameRun) -> list[Mention] | None:
        words = [t for t in run.tokens if t.kind == "word"]
        return self._known_parts(text, words)

    def _known_parts(self, text: str, words: Sequence[Token]) -> list[Mention] | None:
        """Greedy longest matches from the tables; None unless they cover every word."""
        return self._longest_known(text, words, skip_unknown=False)

    def _model_in_headlines(self, text: str, headlines: list[list[Token]], known: list[Mention]) -> list[Mention]:
        """In a title-case headline capitals say nothing, but the model reads the words: its
        spans of two words or more, or of one word with an apostrophe suffix, are taken where
        the tables found nothing."""
        if self.model is None or not headlines:
            return []
        found = []
        for tokens, spans in zip(headlines, self.model.batch(text, headlines)):
            suffixed = {tokens[i - 1].end for i, t in enumerate(tokens) if i and t.kind == "suffix"}
            for span in spans:
                single = " " not in text[span.start:span.end]
                if single and span.end not in suffixed:
                    continue  # "Müzakerelerine": one capitalised word with no apostrophe suffix is no evidence
                if self._holds_a_common_inflected_word(text[span.start:span.end].split()):
                    continue  # "Otoyolda Zincirleme Kaza", "Ordu Sınırda Alarma Geçti": a name takes its case ending after an apostrophe
                if span.type in KEPT_TYPES and not any(m.start < span.end and span.start < m.end for m in known):
                    found.append(Mention(span.start, span.end, text[span.start:span.end], span.type, "model"))
        return found

    def _holds_a_common_inflected_word(self, words: list[str]) -> bool:
        return any(not self._is_name_head(fold(word)) and self.resources.reads_as_common_word(word, inflected_only=True) for word in words)

    def _is_name_head(self, folded: str) -> bool:
        """A word that closes an organisation's or a place's name (``bakanligi``, ``stadi``)."""
        return folded in self.resources.organization_heads or folded in self.resources.place_heads

    def _bylines(self, text: str, tokens: Sequence[Token]) -> list[Mention]:
        """``Altan ÖYMEN - BRÜKSEL``, ``Onur Bilge KULA``: newspapers set a writer's family name in
        capitals after the given names."""
        words = [t for t in tokens if t.kind == "word"]
        found = []
        for index, family in enumerate(words):
            if index == 0 or not family.text.isupper() or len(family.text) < 3 or fold(family.text) in self.resources.known_names:
                continue
            first = index
            while first > 0 and self._given_name_before(words[first - 1], words[first]):
                first -= 1
            if first < index:
                found.append(self._mention(text, words[first:index + 1], "PER", "pattern"))
        return found

    def _given_name_before(self, word: Token, after: Token) -> bool:
        folded = fold(word.text)
        return (
            after.start == word.end + 1 and word.text[:1].isupper() and word.text[1:].islower()
            and folded not in self.resources.known_names and folded not in self.resources.title_openers
            and folded not in self.resources.title_closers and folded not in self.resources.honorifics_before
        )

    def _known_in_headline(self, text: str, tokens: Sequence[Token]) -> list[Mention]:
        """Headlines capitalise every word, so only names the tables know are taken, and a name
        that is also a common word only with an apostrophe suffix (``Van'da``; not ``Kabul Edildi``,
        nor a small home town that bears a dictionary word's name: ``Vize Muafiyetini``)."""
        words = [t for t in tokens if t.kind == "word"]
        known = self._bodies_with_their_heads(text, words, self._longest_known(text, words, skip_unknown=True) or [])
        # "Dışişleri Bakanı FİDANLI", "AB Dışişleri Bakanları": a title's first word is no body of its own
        folded = [fold(t.text) for t in words]
        in_titles = [words[i] for start, end, _ in self._find_titles(folded) for i in range(start, end)]
        in_titles += [words[i] for i in range(len(words) - 1) if self.resources.plural_title_role(tuple(folded[i:i + 2]))]
        return [m for m in known if (not self._reads_as_a_word_in_a_headline(m) or text.startswith(tuple(APOSTROPHES), m.end))
                and not any(m.start <= word.start < m.end for word in in_titles)]

    def _reads_as_a_word_in_a_headline(self, mention: Mention) -> bool:
        folded = fold(mention.text)
        if folded in self.resources.common_words:
            return True
        place = self.resources.known_names.get(folded)
        return (place is not None and place.type == "LOC" and folded in self.resources.word_stems
                and small_home_town(place.kind, place.country or "", place.population, self.resources.home_country))

    def _bodies_with_their_heads(self, text: str, words: Sequence[Token], known: list[Mention]) -> list[Mention]:
        """``Dışişleri Bakanlığından``, ``ABD Hazine Bakanlığı``: known names right before an
        organisation's head word (a case ending glued on or not) open that body's name, which
        ends with the head; a country among them is the body's."""
        result: list[Mention] = []
        for mention in known:
            end = self._head_after(words, mention.end)
            if end is None:
                result.append(mention)
                continue
            opening = mention
            while result and opening.start - result[-1].end == 1:
                opening = result.pop()  # "ABD Hazine": the run of known names before the head
            country = opening.country_hint if opening.type == "LOC" else mention.country_hint
            result.append(Mention(opening.start, end, text[opening.start:end], "ORG", "pattern", country_hint=country))
        return result

    def _head_after(self, words: Sequence[Token], position: int) -> int | None:
        """Where the organisation's head word right after ``position`` ends, its case ending left out."""
        following = next((t for t in words if t.start > position), None)
        if following is None or following.start - position != 1 or fold(following.text) in self.resources.event_heads:
            return None  # "Avrupa Ligi", like "Dünya Kupası", is a competition: the sentence's rules read it so
        if fold(following.text) in self.resources.organization_heads:
            return following.end
        cut = self._glued_head_length(following.text)
        return following.start + cut if cut is not None else None

    def _acronym_like_a_town(self, part: Sequence[Token], known: KnownName) -> bool:
        """``İBB'nin``: an acronym of three letters or fewer is a body's short name, though a
        foreign town (Ibb in Yemen) bears it; a datelined home town stays (``VAN (AA)``)."""
        word = part[0].text
        return len(part) == 1 and word.isupper() and len(word) <= MAX_ACRONYM_LETTERS and self._is_foreign_town(known)

    def _is_foreign_town(self, place: KnownName) -> bool:
        return place.kind == "city" and place.country != self.resources.home_country

    def _longest_known(self, text: str, words: Sequence[Token], skip_unknown: bool) -> list[Mention] | None:
        mentions = []
        index = 0
        while index < len(words):
            for length in range(min(self.resources.longest_known_name, len(words) - index), 0, -1):
                part = words[index:index + length]
                known = self.resources.known_names.get(fold(" ".join(t.text for t in part)))
                if known is not None and not self._acronym_like_a_town(part, known):
                    mentions.append(self._known_mention(text, part, known))
                    index += length
                    break
            else:
                if not skip_unknown:
                    return None
                index += 1
        return mentions

    # -- names the rules could not type -----------------------------------------------------

    def _resolve_leftovers(self, text: str, runs: list[NameRun], found: list[Mention]) -> list[Mention]:
        person_words = {w for m in found if m.type == "PER" for w in fold(m.text).split()}
        modelled_person_words: set[str] = set()  # of the model's people: for names of two words or more only ("Dk" is no one)
        mentions, suffixed = [], []
        for run in runs:
            words = [t for t in run.tokens if t.kind == "word"]
            while run.model_type == "PER" and len(words) > 1 and self._is_nationality(fold(words[0].text)):
                words = words[1:]  # "Portekizli Rui Vitoria": no part of a person's name ("Alman İmparatorluğu" is one name)
            folded = {fold(t.text) for t in words}
            if folded <= person_words or (len(words) > 1 and folded <= person_words | modelled_person_words):
                mentions.append(self._mention(text, words, "PER", "coreference"))
                continue
            model_type = run.model_type if run.model_type in KEPT_TYPES else None
            if run.suffix is None and (named_kind := self._kind_named_after(run)) is not None:
                mentions.append(self._mention(text, words, named_kind, "pattern"))  # '"Z-Pentest" adlı grubun'
                continue
            opener = run.lone_opener
            if run.named_as_speaker and model_type in (None, "LOC") and len(words) <= 3:
                mentions.append(self._mention(text, words, "PER", "pattern"))  # "... olduğunu belirten Güney , ..."
                continue
            if opener and (fold(words[0].text) in self.resources.plain_words or self.resources.reads_as_common_word(words[0].text)):
                continue  # "Tercih bizim", "Futbolda ...": a common word capitalised because it opens the sentence
            if opener and model_type == "PER" and self._opens_a_compound_noun(run):
                continue  # "Kamu yayıncısı NHK'nin": a common word capitalised, the first half of a noun compound
            if opener and run.before_a_comma and self._may_be_subject_name(words[0]) and not (
                    model_type is None and self._a_dictionary_word_no_one_is_named(words[0])):
                # "Aktuna , ...": a name set off by a comma is the sentence's subject; who speaks is a
                # person, and so is a subject the model calls a place that no table knows ("Rehn , ..."),
                # unless the sentence tells where a place is ("Mucur , Kırşehir'in bir ilçesidir")
                unknown_place = model_type == "LOC" and not run.tells_of_places
                kind = "PER" if (run.reports_speech and model_type != "ORG") or model_type is None or unknown_place else model_type
                mentions.append(self._mention(text, words, kind, "pattern" if kind == "PER" else "model"))
                continue
            if model_type is not None and all(self._a_nationality_word(fold(word.text)) for word in words):
                continue  # "Kosovalı Sırplara": people named by where they are from, no place
            if all(self._names_a_document_or_an_event(word.text) for word in words):
                continue  # "İklim Kanunu Teklifi": a law's or a bill's words, no one's name
            if model_type in ("LOC", "ORG") and self._names_the_event_after(run):
                continue  # "BALTOPS 26 tatbikatı", "Efes-2026 tatbikatı": the name of an exercise, no place or body
            if len(words) == 1 and self._names_a_group(words[0].text) and fold(words[0].text) not in self.resources.known_names:
                continue  # "toplanan Kabine,": a group's word capitalised as an institution's, no name
            if len(words) == 1 and run.suffix is None and (self._body_word_with_case(fold(words[0].text)) or self._office_word(words[0].text)):
                continue  # "Büyükelçisi, Bakanlığa çağrılarak", "Yardımcılığına": a body or an office as a common noun
            if model_type == "PER" and self._in_the_locative(run.suffix) and not any(fold(w.text) in self.resources.known_names for w in words):
                model_type = "LOC"  # "yoğun olduğu Zubin Potok'ta": a person seldom stands in the locative
            if model_type is not None and not (opener and model_type != "PER"):
                mentions.append(self._mention(text, words, model_type, "model"))
                if model_type == "PER" and len(words) > 1:
                    modelled_person_words |= folded  # "Abelardo de la Espriella", then "de la Espriella" the model leaves
            elif model_type is None and self._bare_name_with_suffix(run, words) and not self._in_place_case(run.suffix):
                suffixed.append(self._mention(text, words, "PER", "pattern"))
        # "Kasımpaşa'nın tek golü": a name the article types elsewhere by a rule, or twice by the
        # model, keeps that type
        seen = Counter((fold(m.text), m.type, m.origin == "model") for m in (*found, *mentions))
        typed_elsewhere = {name: kind for (name, kind, by_model), count in seen.items() if not by_model or count > 1}
        return mentions + [replace(m, type=typed_elsewhere.get(fold(m.text), m.type)) for m in suffixed]

    def _a_dictionary_word_no_one_is_named(self, word: Token) -> bool:
        """``Uydu,``, ``Hakimlik,``: a common word, bare or with a derivational suffix only, that is
        no word of a person's name in the training splits (``Kaya,``, ``Fidan,`` are) nor a name
        the tables know; that it is a word of some body's name (``Türksat Uydu``) does not make it
        a subject's name when it stands alone. An inflected look-alike (``Doğaneli``: ``doğan`` +
        ``eli``) may be a name."""
        folded, resources = fold(word.text), self.resources
        return (folded not in resources.person_name_words and folded not in resources.given_names and folded not in resources.known_names
                and reads_as_stem_or_derived(folded, resources.word_stems, resources.derivational_suffixes))

    def _opens_a_compound_noun(self, run: NameRun) -> bool:
        """``Kamu yayıncısı``, ``Devlet televizyonu``: a dictionary word followed by a lower-case noun
        with the possessive of a compound (a stem and ``-(s)I``) is the compound's first half."""
        following = run.following[0] if run.following else None
        if following is None or following.kind != "word" or not following.text.islower():
            return False
        resources = self.resources
        folded = fold(following.text)
        head = next((folded[:-len(ending)] for ending in resources.possessive_endings if folded.endswith(ending) and len(folded) > len(ending)), None)
        return (head is not None and reads_as_stem_or_derived(fold(run.tokens[0].text), resources.word_stems, resources.derivational_suffixes)
                and reads_as_stem_or_derived(head, resources.word_stems, resources.derivational_suffixes))

    def _kind_named_after(self, run: NameRun) -> str | None:
        """The kind of the noun a name no table knows is said to be the name of (``"Z-Pentest" adlı
        grubun``: a body; ``Deir Hafer adlı köyde``: a place)."""
        following = [t for t in run.following[:3] if t.kind == "word"]
        if len(following) < 2 or fold(following[0].text) not in self.resources.named_kind_words:
            return None
        noun = fold(following[1].text)
        return next((kind for stem, kind in self.resources.named_kinds.items() if noun.startswith(stem)), None)

    def _names_the_event_after(self, run: NameRun) -> bool:
        """The run, no table's name, with no case ending and at most a number after it, names the
        event a common noun right after it is (``tatbikatı``, ``operasyonu``, ``zirvesi``)."""
        if run.suffix is not None:
            return False
        start = next((index for index, t in enumerate(run.following[:EVENT_NAME_TOKENS]) if t.kind != "number" and t.text != "-"), None)
        # "Zapad-2027 ortak tatbikatına": after a number, up to two words that qualify the event may come first
        reach = EVENT_QUALIFIERS + 1 if start else 1
        for word in run.following[start:start + reach] if start is not None else ():
            if word.kind != "word" or not word.text.islower():
                return False
            folded = fold(word.text)
            if folded in self.resources.event_heads or (start and any(folded.startswith(head[:-1]) for head in self.resources.event_heads)):
                return True
        return False

    def _may_be_subject_name(self, word: Token) -> bool:
        """No acronym, no month or language, no plural unless a known name (``Güler``)."""
        folded = fold(word.text)
        if word.text.isupper() or folded in self.resources.not_names:
            return False
        if self.resources.first_person_verb is not None and self.resources.first_person_verb.search(folded) and folded not in self.resources.family_names:
            return False  # '"Korkmayacağız, ..." dedi': a verb of "we" opening a quote
        if folded in self.resources.organization_heads or self._bare_head(folded) or self._names_a_group(word.text):
            # "Bakanlık , ...", "Belediye , ...", "Ordu , ...": the institution named before, or
            # a group, as a common noun
            return False
        named = folded in self.resources.given_names or folded in self.resources.family_names
        return named or not folded.endswith(("lar", "ler"))

    def _a_hyphenated_body(self, text: str, words: Sequence[Token]) -> bool:
        """``Eğitim-İş``, ``Petrol-İş Sendikası``: a capitalised word, a hyphen and a union's tail,
        then an organisation's head words at most."""
        for index in range(1, len(words)):
            if (text[words[index - 1].end:words[index].start] == "-" and words[index - 1].is_capitalised
                    and fold(words[index].text) in self.resources.hyphenated_body_tails):
                return all(fold(word.text) in self.resources.organization_heads for word in words[index + 1:])
        return False

    def _union(self, text: str, words: Sequence[Token]) -> Mention:
        """A union named by its hyphened tail: the home country's, as its unions are named so."""
        return replace(self._mention(text, words, "ORG", "pattern"), country_hint=self.resources.home_country)

    def _bare_head(self, folded: str) -> bool:
        return folded in self.resources.bare_heads and folded not in self.resources.given_names

    def _office_word(self, word: str) -> bool:
        pattern = self.resources.office_word
        return pattern is not None and pattern.match(fold(word)) is not None

    def _body_word_with_case(self, folded: str) -> bool:
        """``bakanlığa``, ``bakanlıkta``: a body's word as a common noun, a case ending glued on."""
        return self.resources.body_word_stem(folded) > 0

    def _names_a_group(self, word: str) -> bool:
        pattern = self.resources.group_pattern
        return pattern is not None and pattern.fullmatch(turkish_lower(word)) is not None

    def _tells_of_places(self, tokens: Sequence[Token]) -> bool:
        pattern = self.resources.place_noun
        return pattern is not None and any(pattern.fullmatch(turkish_lower(t.text)) for t in tokens if t.kind == "word")

    def _after_a_participle_of_saying(self, run: NameRun, tokens: Sequence[Token]) -> bool:
        """``... olduğunu belirten Güney ,``: who is said to have said it is a person, though the
        name reads as a common word (``güney``, south) and no table knows it."""
        index = _position_of(run, tokens)
        pattern = self.resources.speaker_participle
        before = [turkish_lower(t.text) for t in tokens[max(0, index - 2):index]]  # "belirten", "ifade eden"
        return pattern is not None and any(pattern.fullmatch(" ".join(before[i:])) for i in range(len(before)))

    def _reports_speech(self, text: str, tokens: Sequence[Token]) -> bool:
        if not tokens or self.resources.speech_cue is None:
            return False
        sentence = text[tokens[0].start:tokens[-1].end]
        return any(mark in sentence for mark in QUOTE_MARKS) or self.resources.speech_cue.search(turkish_lower(sentence)) is not None

    def _bare_name_with_suffix(self, run: NameRun, words: Sequence[Token]) -> bool:
        """``Giddens'in``, ``Balic'e``: one capitalised word that no table knows, written with an
        apostrophe before its case suffix, and not an acronym, is a name all the same; an
        organisation's head word alone (``Kurul'un``) is the body named before, as a common noun."""
        return (
            run.suffix is not None and len(words) == 1 and not words[0].text.isupper() and not self._bare_head(fold(words[0].text))
            and not self.resources.demonym_suffix.match(run.suffix.text) and fold(words[0].text) not in self.resources.not_names
        )

    def _in_place_case_text(self, suffix: str) -> bool:
        """``'da``, ``'ndan``: the locative or the ablative after an apostrophe."""
        pattern = self.resources.place_case_suffix
        return bool(suffix) and pattern is not None and pattern.match(suffix) is not None

    def _in_the_locative(self, suffix: Token | None) -> bool:
        pattern = self.resources.locative_suffix
        return suffix is not None and pattern is not None and pattern.match(suffix.text) is not None

    def _a_nationality_word(self, folded: str) -> bool:
        """``Sırplar``, ``Filistinlilere``, ``Kosovalı``: an adjective of nationality or origin, or its plural."""
        plural = self.resources.nationals_plural.search(folded) if self.resources.nationals_plural is not None else None
        if self.resources.country_of_adjective(folded) or (plural is not None and self.resources.country_of_adjective(folded[:plural.start()])):
            return True
        origin = self.resources.demonym_suffix.search(folded)
        known = self.resources.known_names.get(folded[:origin.start()]) if origin is not None and origin.start() > 0 else None
        return known is not None and known.type == "LOC"

    def _in_place_case(self, suffix: Token) -> bool:
        """``Giddens'in``, ``Balic'e``: an unknown name in the genitive, dative or accusative is
        most often a person. In the locative or ablative (``Jandarma'da``, ``Edebiyat'tan``) it is
        as often an institution, a subject or a period as a place, so nothing is said of it."""
        return self._in_place_case_text(suffix.text)

    def _source_line(self, article: Article, found: list[Mention]) -> list[Mention]:
        """The outlet in a ``Kaynak:`` line is an organisation even when no table knows it, and
        whatever type the model gave it (``Kaynak: Bianet``); the paper's own desk is none
        (``Kaynak: Haber Merkezi``)."""
        span = article.source_span
        if span is None:
            return found
        inside = [m for m in found if m.start < span.end and span.start < m.end]
        if any(m.origin == "gazetteer" for m in inside):
            return found
        words = [t for t in tokenize(article.text, span.start, span.end) if t.kind == "word"]
        desk = all(fold(word.text) in self.resources.newsroom_desk_words for word in words)
        outlet = [self._mention(article.text, words, "ORG", "pattern")] if words and not desk else []
        return [m for m in found if m not in inside] + outlet

    def _listed_names(self, text: str, lines: list[re.Match[str]], found: list[Mention]) -> list[Mention]:
        """A match report's lists: after ``Hakemler:``, ``Goller:`` or a club's name and a colon,
        every item of the line is a person (``Stat:`` a place), whatever else read them;
        ``Trabzonspor: Uğurcan Çakır, ..., Ozan Tufan`` (Tufan is no town there)."""
        listed: list[Mention] = []
        for line in lines:
            kind, least = self._list_type(line.group(1))
            if kind is None:
                continue  # "Bakan şunları söyledi: ...": a colon, but no list
            items = [[t for t in tokenize(text, start, end) if t.kind == "word"] for start, end in _list_items(text, line.start(2), line.end(2))]
            names = [words for words in items if words and words[0].text[:1].isupper() and words[-1].text[:1].isupper()]
            if len(names) < least:
                continue
            listed.extend(self._mention(text, words, kind, "pattern") for words in names)
            if least == LINEUP_MIN_ITEMS:  # the club whose line-up it is
                header = [t for t in tokenize(text, line.start(1), line.end(1)) if t.kind == "word"]
                listed.append(self._mention(text, header, "ORG", "pattern"))
        if not listed:
            return found
        return _replaced_by(found, listed)

    def _names_opening_lines_in_capitals(self, lines: list[re.Match[str]], found: list[Mention]) -> list[Mention]:
        """``ERTUĞRUL: Dün haftalar sonra forvette oynadı``, ``PETKOV: ...``: a line opened by one
        word in capitals and a colon, then prose, is a match report's rating of a player or an
        interview's answer, and the word names a person; not a word the tables know (``ANKARA:``,
        ``TÜSİAD:``), a club (``İSTANBULSPOR:``), a list's header (``YEDEKLER:``) or a common word
        (``NOT:``, ``SORU:``)."""
        openers = []
        bodies = {m.text for m in found if m.type in ("ORG", "LOC")}  # "Ulusal Enerji Konseyi (UEK)", then "UEK: ..."
        for line in lines:
            header = line.group(1).strip()
            if header not in bodies and self._names_someone_in_capitals(header):
                start = line.start(1) + line.group(1).index(header)
                openers.append(Mention(start, start + len(header), header, "PER", "pattern"))
        if not openers:
            return found
        return _replaced_by(found, openers)

    def _names_someone_in_capitals(self, header: str) -> bool:
        folded = fold(header)
        if not (header.isupper() and header.isalpha() and len(header) >= 3):
            return False
        tables = (self.resources.known_names, self.resources.list_headers, self.resources.plain_words, self.resources.not_names)
        if any(folded in table for table in tables) or self._has_organization_suffix(folded):
            return False
        return not self.resources.reads_as_common_word(header)

    def _list_type(self, header: str) -> tuple[str | None, int]:
        """The type of the names a header announces, and how many items make the line a list:
        one after a word such as ``Hakemler``, three after a club (``Trabzonspor: 3`` is a score)."""
        folded = fold(header.strip())
        if folded in self.resources.list_headers:
            return self.resources.list_headers[folded], 1
        known = self.resources.known_names.get(folded)
        if header[:1].isupper() and (known is not None and known.kind == "sports club" or self._has_organization_suffix(folded.split()[-1])):
            return "PER", LINEUP_MIN_ITEMS
        return None, 0

    # -- building mentions ------------------------------------------------------------------

    @staticmethod
    def _mention(text: str, words: Sequence[Token], kind: str, origin: str) -> Mention:
        start, end = words[0].start, words[-1].end
        return Mention(start, end, text[start:end], kind, origin)

    @staticmethod
    def _known_mention(text: str, words: Sequence[Token], known: KnownName) -> Mention:
        return _known_span(text, words[0].start, words[-1].end, known)

    def _country_of(self, mention: Mention) -> str | None:
        return mention.country_hint


# "Hakemler: Halil Umut Meler, Mustafa Savranlar": a short header, a colon, the rest of the line.
LIST_LINE = re.compile(r"^[ \t]*([^\n:,.]{2,30}?)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)
LINEUP_MIN_ITEMS = 3


POSSESSED_WORD = re.compile(r"[a-zçğıöşü]+(?:s[ıiuü]|l[ae]r[ıi])(?:n[ıiuü]n|n[ae]|n[dt][ae]n?|nc[ae]|yl[ae])?")


def _possessed_word(token: Token) -> bool:
    """A lower-case noun in the possessive of a compound (``ordusu``, ``polisleri``, ``hükümetinin``)."""
    return token.kind == "word" and POSSESSED_WORD.fullmatch(token.text) is not None


def _clubs_found(mentions: list[Mention]) -> list[Mention]:
    """Organisations a rule typed with a country: clubs named after a nationality and a team word."""
    return [m for m in mentions if m.type == "ORG" and m.origin == "pattern" and m.country_hint]


def _club_names_repeated(text: str, mentions: list[Mention]) -> list[Mention]:
    """``İspanya'nın Real Madrid takımını ... Real Madrid'de ise``: a club's name of two words or
    more that a rule has found is the club wherever the article writes it again, though a sentence
    opener or a place's name inside it had been read otherwise there."""
    clubs = {m.text: m.country_hint for m in _clubs_found(mentions) if " " in m.text}
    for name, country in clubs.items():
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            start, end = found.span()
            overlapping = [m for m in mentions if m.start < end and start < m.end]
            if any(m.start == start and m.end == end for m in overlapping) or any(m.start < start or m.end > end for m in overlapping):
                continue  # already the club, or part of a longer name
            mentions = [m for m in mentions if m not in overlapping] + [Mention(start, end, name, "ORG", "pattern", country_hint=country)]
    return mentions


def _replaced_by(found: list[Mention], certain: list[Mention]) -> list[Mention]:
    """``certain`` in place of every mention of ``found`` that overlaps one of them."""
    return [m for m in found if not any(m.start < item.end and item.start < m.end for item in certain)] + certain


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of a list line: split at commas, semicolons and spaced dashes outside
    brackets, each item ending where a bracket opens (``Onuachu (dk. 12, 71)`` is ``Onuachu``)."""
    items, depth, item_start, item_end = [], 0, start, None
    for index in range(start, end + 1):
        char = text[index] if index < end else ","
        if char == "(":
            depth += 1
            item_end = index if item_end is None else item_end
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (char in ",;" or (char in "-–" and text[index - 1:index] == " ")):
            items.append((item_start, item_end if item_end is not None else index))
            item_start, item_end = index + 1, None
    return [(a, b) for a, b in items if text[a:b].strip()]


LOWER_CASE_NAME_PART = 5  # letters of the hyphenated second syllable of an East Asian given name ("Jae-myung", "Suk-yeol")
# A line is a headline when nearly every word is capitalised ("Katar'dan ABD-İran Müzakerelerine Destek").
HEADLINE_CAPITALISED_SHARE = 0.75
HEADLINE_MIN_WORDS = 3


def _known_span(text: str, start: int, end: int, known: KnownName) -> Mention:
    """The mention of a name the tables know, with its key and country."""
    return Mention(start, end, text[start:end], known.type, "gazetteer", key=known.key, country_hint=known.country)


def _split_off_the_place(text: str, mentions: list[Mention], holder: Mention, place: Mention) -> list[Mention]:
    """The person's mention without the place glued on its end, and the place."""
    person_end = holder.start + len(text[holder.start:place.start].rstrip())
    person = replace(holder, end=person_end, text=text[holder.start:person_end])
    return [person if m is holder else m for m in mentions] + [place]


def _types_agree(mentions: list[Mention]) -> list[Mention]:
    """``Togg CEO'su`` makes Togg an organisation: where the tables or a pattern type a name one
    way, the model's mentions of the same name in the article take that type."""
    ruled: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.origin in ("gazetteer", "pattern"):
            ruled.setdefault(fold(mention.text), set()).add(mention.type)
    return [replace(m, type=next(iter(ruled[fold(m.text)])))
            if m.origin == "model" and len(ruled.get(fold(m.text), ())) == 1 else m for m in mentions]


def _position_of(run: NameRun, tokens: Sequence[Token]) -> int:
    """Where the run starts among its sentence's tokens."""
    return next(i for i, token in enumerate(tokens) if token.start == run.start)


def _initials_before_an_age(text: str, words: Sequence[Token]) -> Mention | None:
    """``A.K. (45)``: a suspect named by initials and an age, as Turkish crime news does."""
    if len(words) < 2 or not all(_is_initial(word) for word in words):
        return None
    age = AGE_AFTER_INITIALS.match(text, words[-1].end)
    if age is None:
        return None
    end = words[-1].end + (1 if text.startswith(".", words[-1].end) else 0)
    return Mention(words[0].start, end, text[words[0].start:end], "PER", "pattern")


def _with_the_initials_full_stop(text: str, mention: Mention) -> Mention:
    """``Murat Y.'yi``, ``Hasan K.,``: a person named by the initial of the surname, as crime news
    names them, keeps the initial's full stop, so that the case ending or the comma follows the name."""
    end = mention.end
    if mention.type != "PER" or not text.startswith(".", end) or end < 2 or not text[end - 1].isupper() or text[end - 2].isalnum():
        return mention
    return replace(mention, end=end + 1, text=text[mention.start:end + 1])


def _names_a_model(tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word glued by a hyphen to a number: a model of aircraft or weapon (``F-16``,
    ``MiG-31``), not a person or a place."""
    token = tokens[index]
    if token.kind != "word" or not token.is_capitalised or index + 2 >= len(tokens):
        return False
    hyphen, number = tokens[index + 1], tokens[index + 2]
    glued = token.end == hyphen.start and hyphen.end == number.start
    return glued and number.kind == "number" and names_a_model(token.text + hyphen.text + number.text)


def _hyphenated_tail(current: list[Token]) -> bool:
    """``Jae-myung``: the run ends in a lower-case word glued to a hyphen before it."""
    return len(current) >= 2 and current[-1].kind == "word" and current[-2].text == "-" and current[-2].end == current[-1].start


def without_things_named_like_places(text: str, mentions: list[Mention], resources: LanguageResources) -> list[Mention]:
    """``Brent petrolün varil fiyatı``, ``Brent crude fell``: an oil blend, not the London borough."""
    def names_a_thing(mention: Mention) -> bool:
        cue = resources.thing_names.get(fold(mention.text))
        following = re.match(r"\s+(\w+)", text[mention.end:mention.end + 30])
        return cue is not None and following is not None and fold(following.group(1)).startswith(cue)

    return [m for m in mentions if m.type != "LOC" or not names_a_thing(m)]


def _opens_a_hyphenated_common_word(run: NameRun) -> bool:
    """``Bordo-mavililer``, ``Sarı-kırmızılı``: a capitalised word joined by a hyphen to a
    lower-case one is the first half of a compound adjective (a club's colours), not Bordeaux."""
    after = run.following[:2]
    return (len(after) == 2 and after[0].text in "-–" and after[0].start == run.end and after[1].start == after[0].end
            and after[1].kind == "word" and after[1].text[:1].islower())


def _opens_a_clause(tokens: Sequence[Token], index: int) -> bool:
    """After an opening quote, a colon, a dialogue dash after a colon, or the dash that closes a
    dateline, Turkish capitalises the first word as it does a sentence's (``... var: Birincisi, ...``,
    ``: - Sıkıntılı``, ``ANKARA (AA) - Bakanlıktan yapılan açıklamaya göre``)."""
    before = [t.text for t in tokens[max(0, index - 2):index]]
    return bool(before) and (before[-1] in OPENING_QUOTES or before[-1] == ":" or before[-2:] in ([":", "-"], [")", "-"])
                             or _opening_single_quote(tokens, index - 1))


def _opening_single_quote(tokens: Sequence[Token], index: int) -> bool:
    """``Patey ,' Amacım``: an apostrophe standing alone, not glued to a word before it, opens a
    quotation (glued, ``gelirim' dedi``, it closes one)."""
    mark = tokens[index]
    if mark.kind == "suffix" or mark.text not in "'’":
        return False
    previous = tokens[index - 1] if index > 0 else None
    return previous is None or previous.kind != "word" or previous.end < mark.start


def _is_initial(token: Token) -> bool:
    return token.kind == "word" and len(token.text) == 1 and token.text.isupper()


def _joined_by_ve(text: str, first: NameRun, second: NameRun) -> bool:
    end = (first.suffix or first.tokens[-1]).end
    return text[end:second.tokens[0].start].strip() == "ve"


def _employer_before_the_title(text: str, found: list[Mention], on_behalf_after: re.Pattern[str] | None = None,
                               office_of_a_country_after: re.Pattern[str] | None = None) -> list[Mention]:
    """``Türkiye İhracatçılar Meclisi (TİM) Başkanı Mustafa Gültepe``, ``Koç Holding CEO'su
    Levent Çakıroğlu``, ``CHP'nin Genel Başkanı``: the organisation right before the title, in the
    genitive or not, or before a bracketed acronym and the title, employs its holder and gives them
    its country, as a state or a region does before its bracketed acronym; so does a country the holder acts for (``Irak adına Ulaştırma Bakanı X``) or whose
    office, former or current, they hold (``Filipinler'in eski Devlet Başkanı X``)."""
    employers = {}
    for mention in found:
        behalf = on_behalf_after.match(text, mention.end) if on_behalf_after is not None and mention.type == "LOC" else None
        if behalf is not None and mention.country_hint and (mention.key or "").startswith("country:"):
            employers[behalf.end()] = mention.country_hint
        office = office_of_a_country_after.match(text, mention.end) if office_of_a_country_after is not None and mention.type == "LOC" else None
        if office is not None and office.end() > mention.end and mention.country_hint and (mention.key or "").startswith("country:"):
            employers.setdefault(office.end(), mention.country_hint)  # "Filipinler'in eski Devlet Başkanı X"
        chained = OFFICE_THEN_COMMA.match(text, mention.end) if mention.type == "LOC" else None
        if chained is not None and mention.country_hint and (mention.key or "").startswith("country:"):
            employers.setdefault(chained.end(), mention.country_hint)  # "Ermenistan Özel Temsilcisi, Ulusal Meclis Başkan Yardımcısı X"
        if mention.type == "LOC" and mention.country_hint and (bracket := BRACKETED_ACRONYM.match(text, mention.end)) is not None \
                and bracket.group(0).startswith((" (", "(")):
            employers[bracket.end()] = mention.country_hint  # "Birleşik Arap Emirlikleri (BAE) Dışişleri Bakanı X"
        if mention.type != "ORG" or not mention.country_hint:
            continue
        employers.setdefault(mention.end, mention.country_hint)
        genitive = GENITIVE_AFTER_A_NAME.match(text, mention.end)
        if genitive is not None:  # "CHP'nin Genel Başkanı Özgür Özel"
            employers.setdefault(genitive.end(), mention.country_hint)
        bracket = BRACKETED_ACRONYM.match(text, mention.end)
        if bracket is not None and bracket.group(0).startswith((" (", "(")):
            employers[bracket.end()] = mention.country_hint
        elif text.startswith(")", mention.end):  # the acronym itself is known: "(TOBB)"
            employers.setdefault(mention.end + 1, mention.country_hint)
    if not employers:
        return found
    return [replace(m, country_hint=_country_before_title(text, m, employers)) if m.type == "PER" and m.title and not m.country_hint else m
            for m in found]


def _country_before_title(text: str, person: Mention, employers: dict[int, str]) -> str | None:
    """The employer's country when only the person's title, and the capitalised fields of an
    office (``Ulaştırma ve Altyapı Bakanı``), stand between it and the person."""
    title_words = len(person.title.split())
    before = re.search(rf"(?:\s+\S+){{{title_words}}}\s+$", text[max(0, person.start - 200):person.start])
    if before is None:
        return None
    title_start = person.start - len(before.group(0))
    if title_start in employers:
        return employers[title_start]
    fields = [p for p in employers if p < title_start and OFFICE_FIELDS.fullmatch(text, p, title_start)]
    return employers[max(fields)] if fields else None


def _bracketed_short_forms(text: str, found: list[Mention]) -> list[Mention]:
    """``Ulusal Enerji Konseyi (UEK)``: an acronym in brackets right after a name is a name of
    the same type, there and wherever else the article uses it; where the model already typed it
    otherwise (``OCHA`` as a place), the name before the bracket decides; and where the tables know the
    name as another body than the one they know by the acronym (``Avrupa Parlamentosu (AP)``, not the
    Associated Press), the article's own name does."""
    taken = [(m.start, m.end) for m in found]
    short_forms: dict[str, Mention] = {}
    added: list[Mention] = []
    for name in found:
        bracket = BRACKETED_ACRONYM.match(text, name.end)
        if bracket is None:
            continue
        acronym = bracket.group(1)
        short_forms[acronym] = name
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if not any(start < use.end() and use.start() < end for start, end in taken):
                added.append(Mention(use.start(), use.end(), acronym, name.type, "pattern"))
                taken.append((use.start(), use.end()))
    retyped = [replace(m, type=short_forms[m.text].type) if m.origin == "model" and m.text in short_forms else m for m in found]
    defined = [replace(m, key=None, country_hint=None, origin="pattern", type=short_forms[m.text].type)
               if m.text in short_forms and m.key and short_forms[m.text].type == m.type == "ORG"
               and short_forms[m.text].key not in (None, m.key) else m for m in retyped]
    return _bracketed_names_of_bodies(text, defined) + added


def _bracketed_names_of_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """``Venezuela Gelecek Hareketi'nden (Vente Venezuela)``: the name in brackets right after a
    body's is the body's own name in another language, a body too, whatever the model said."""
    bodies = {bracket.span(1) for m in found if m.type == "ORG" and (bracket := BRACKETED_NAME.match(text, m.end)) is not None}
    return [replace(m, type="ORG") if (m.start, m.end) in bodies and m.origin == "model" else m for m in found]


def is_headline(line: str, tokens: Sequence[Token], function_words: frozenset[str] | None = None) -> bool:
    """A line in capitals, or in title case: nearly every word capitalised; with the language's
    ``function_words`` (folded), every word but those ("Silahlı Kişiler Okul Bastı"), so that a
    sentence-case headline full of names ("Fidan, Kahire'de Mısır Dışişleri Bakanı X ile
    görüştü") keeps its capitals' meaning."""
    if is_all_caps_line(line):
        return True
    words = [t for t in tokens if t.kind == "word" and len(t.text) >= 3]
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or line.rstrip().endswith((".", "?", "!", ":", "\"", "”")):
        return False
    if function_words is not None:
        content = [t for t in words if fold(t.text) not in function_words]
        return len(content) >= HEADLINE_MIN_WORDS and all(t.is_capitalised for t in content)
    return sum(t.is_capitalised for t in words) >= HEADLINE_CAPITALISED_SHARE * len(words)


def _without_first_word(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    rest = list(tokens[1:])
    while rest and not rest[0].is_capitalised:
        rest.pop(0)
    return tuple(rest)


def _starts_with_cue(words: list[str], cue: tuple[str, ...]) -> bool:
    if len(words) < len(cue):
        return False
    *fixed, last = cue
    word = words[len(fixed)]
    # the cue's last word may carry a case suffix ("kanalına"), but a plural is many ("kanalları")
    # and the bare noun is no possessive ("takıma")
    return words[: len(fixed)] == fixed and word.startswith(last)


def _model_type(run: NameRun, spans: Sequence[ModelSpan]) -> str | None:
    """The model's label when one of its spans lies within the run and covers most of it; a
    run of one word with digits among its letters is a model or a code (``A321neo``), no name."""
    if len(run.tokens) == 1 and PRODUCT_CODE.search(run.tokens[0].text):
        return None
    for span in spans:
        if span.start >= run.start and span.end <= run.end and (span.end - span.start) * 2 >= run.end - run.start:
            return span.type
        if run.paired and span.start <= run.start and run.end <= span.end:
            return span.type  # "Trump-Putin" one person's span to the model: two names of its type
    return None
