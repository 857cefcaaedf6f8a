"""Direct quotes and reported speech, with their speaker.

A direct quote is the text between quotation marks that a speech cue closes (``"..." dedi``,
``ifadesini kullandı``) or opens (``açıklamada, "..."``). Its speaker is, in order: the body a
written statement came from (``X'ten yapılan yazılı açıklamada``), the subject of the sentence
(a name before the quote, not inflected, best followed by a comma), else the last speaker.

Reported speech is a clause ending in -DIğInI / -AcAğInI followed by a cue verb
(``umduğunu açıkladı``); a passive cue (``yinelendi``) points to the last statement's source.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from gundem.analysis.groups import GROUP
from gundem.analysis.lang.loader import read_language_json
from gundem.analysis.text import (
    APOSTROPHES,
    fold,
    followed_by,
    last_body_closed_by,
    last_holder_of_title,
    lowercase,
    only_capitalised_before,
    past_the_dateline,
    sentences,
    suffix_after,
)
from gundem.model import HEAD_WORD, Mention

SUBJECT_PREFERENCE = {"PER": 0, "ORG": 1, "LOC": 2, "GROUP": 3}
TITLED_HEAD_WORDS = 4  # "opposition CHP leader": the words a title phrase may hold between its opening word and the holder


@dataclass(frozen=True, slots=True)
class SpeechVocabulary:
    quote_pairs: tuple[tuple[str, str], ...]
    closing_cues: re.Pattern[str]
    opening_cues: re.Pattern[str]
    statement_source: re.Pattern[str]
    reported: re.Pattern[str]
    passive_cue: re.Pattern[str]
    min_quote_words: int
    genitive_opener: re.Pattern[str] | None = None  # "Kurulun ...": a body's head word opening the sentence
    participle_cues: re.Pattern[str] | None = None  # '"..." diyen X': the speaker is named after the cue
    name_colon: re.Pattern[str] | None = None  # 'Ali Demir: "..."': a name and a colon open the quote
    name_after: re.Pattern[str] | None = None  # '"Sarsılmaz Kardeşlik" adlı tatbikat': the marks hold a name
    subject_comma: re.Pattern[str] = re.compile(",")  # "X (AfD) partisi,": the comma that closes the subject
    described_subject: re.Pattern[str] | None = None  # "Brezilyalı futbolcu ise": a subject described, not named
    alike_roles: tuple[frozenset[str], ...] = ()  # "footballer", "player": roles one description may stand for
    body_kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)  # folded "kulup" → {"sports club"}
    speaker_after_quote: bool = False  # English: '"...," Smith said' / '"...," said Smith' names the speaker after the quote
    pronoun_cue: re.Pattern[str] | None = None  # English: '"...," she said': the person last named speaks
    subordinate_clause_end: re.Pattern[str] | None = None  # "... eleştiri gelirken,": a clause with a subject of its own ends
    leader_after_a_body: re.Pattern[str] | None = None  # " lideri," after "CHP": the person who heads the body speaks
    subject_before_the_verb: bool = False  # English: "EU competition chief Teresa Ribera said": the name right before speaks
    object_of_a_preposition: re.Pattern[str] | None = None  # lower-cased "in the " before a name: no subject ("stores in the US said")
    reported_at_the_end: re.Pattern[str] | None = None  # English: "..., Haitian authorities said.": attribution closing the sentence
    lang: str = "tr"  # whose casing the patterns are matched in ("I" is "ı" in Turkish, "i" in English)
    statement_from_a_head: re.Pattern[str] | None = None  # "Bakanlıktan yapılan açıklamada": a body's head word, no name
    statement_of_a_head: re.Pattern[str] | None = None  # "Kurulun ... yayımlanan metinde": the same, in the genitive
    joined_cue: re.Pattern[str] | None = None  # English: '... of "..." and said': a verb joined to the subject's before the quote
    body_cue: re.Pattern[str] | None = None  # English: '"...," the committee said': a body named again by its head word
    possessor_before: re.Pattern[str] | None = None  # English: lower-cased "of leader " before a name: no one a pronoun stands for
    statement_named_again: re.Pattern[str] | None = None  # "Açıklamada, ...": a sentence opened by the statement last told
    name_before: re.Pattern[str] | None = None  # English: 'codenamed "Justice Mission-2027"': the marks hold a name
    possessed_group: re.Pattern[str] | None = None  # "'ı," after "avukatlar": someone's group set off as the subject
    office_after_a_body: re.Pattern[str] | None = None  # " İzmir Şube Başkanı ise" after a body: its unnamed officer speaks


def load_speech(lang: str) -> SpeechVocabulary:
    data = read_language_json(lang, "speech.json")
    reported = re.compile(rf"(?<!\w)(?P<verb>{data['reported_verb']})[\"”’]?\s+(?P<cue>{data['reported_cues']})")  # 'kalmayacağı" belirtildi': a quoted word's close
    return SpeechVocabulary(
        tuple(tuple(pair) for pair in data["quote_pairs"]),
        re.compile(rf"(?:{data.get('clause_before_cue', '(?!)')})?(?P<cue>{data['closing_cues']})"),
        re.compile(data["opening_cues"]), re.compile(data["statement_source"]),
        reported, re.compile(data["passive_cue"]), data["min_quote_words"],
        re.compile(data["genitive_opener"]) if "genitive_opener" in data else None,
        re.compile(data["participle_cues"]) if "participle_cues" in data else None,
        re.compile(data["name_colon"], re.MULTILINE) if "name_colon" in data else None,
        re.compile(data["name_after"]) if "name_after" in data else None,
        re.compile(data.get("subject_comma", ",")),
        re.compile(data["described_subject"]) if "described_subject" in data else None,
        tuple(frozenset(group) for group in data.get("alike_roles", ())),
        {fold(word): frozenset(kinds) for word, kinds in data.get("body_kinds", {}).items()},
        data.get("speaker_after_quote", False),
        re.compile(data["pronoun_cue"]) if "pronoun_cue" in data else None,
        re.compile(data["subordinate_clause_end"]) if "subordinate_clause_end" in data else None,
        re.compile(data["leader_after_a_body"]) if "leader_after_a_body" in data else None,
        data.get("subject_before_the_verb", False),
        re.compile(data["object_of_a_preposition"]) if "object_of_a_preposition" in data else None,
        re.compile(data["reported_at_the_end"]) if "reported_at_the_end" in data else None,
        lang,
        re.compile(rf"(?<!\w)(?P<head>\w{{4,}}?)(?:{data['statement_source']})"),
        re.compile(data["statement_of_a_genitive_head"]) if "statement_of_a_genitive_head" in data else None,
        re.compile(data["joined_cue"]) if "joined_cue" in data else None,
        re.compile(data["body_cue"]) if "body_cue" in data else None,
        re.compile(data["possessor_before"]) if "possessor_before" in data else None,
        re.compile(data["statement_named_again"]) if "statement_named_again" in data else None,
        re.compile(data["name_before"]) if "name_before" in data else None,
        re.compile(data["possessed_group"]) if "possessed_group" in data else None,
        re.compile(data["office_after_a_body"]) if "office_after_a_body" in data else None,
    )


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: int | None  # the article's entity cluster
    cue: str


@dataclass(frozen=True, slots=True)
class _Described:
    cluster: int | None  # whom a described subject stands for, None when the text named no one fitting


@dataclass(frozen=True, slots=True)
class ReportedSpeech:
    start: int
    end: int
    cue: str
    speaker: int | None


class QuoteFinder:
    def __init__(self, vocabulary: SpeechVocabulary, focus_particle: re.Pattern[str] | None = None,
                 titles: Mapping[tuple[str, ...], str] | None = None, kind_of_key: Callable[[str], str | None] | None = None,
                 dateline: re.Pattern[str] | None = None) -> None:
        self.vocabulary = vocabulary
        self.dateline = dateline  # "ANKARA (AA) - ": its agency reports the sentence, it does not speak in it
        self.focus_particle = focus_particle  # "CHP ise ... öne sürdü": a bare name before it is the subject
        self.titles = titles or {}  # folded title words → English role: what a described subject is
        self.kind_of_key = kind_of_key or (lambda key: None)  # "org:fenerbahce" → "sports club": what a described body is

    def __call__(self, text: str, mentions: list[Mention]) -> tuple[list[Quote], list[ReportedSpeech]]:
        lowered = lowercase(text, self.vocabulary.lang)
        spans = [past_the_dateline(text, span, self.dateline) for span in sentences(text)]
        quotes: list[Quote] = []
        last_speaker: int | None = None
        statements = self._statements(lowered, mentions)
        for start, end, cue, introduced_at in self._quoted_spans(text, lowered):
            # "Bolat, konuşmasında şunları söyledi:" and the quote as a paragraph of its own: the speaker is in the cue's sentence
            sentence_start = self._sentence_start(spans, min(start - 1, introduced_at))
            statement = next((cluster for position, cluster in statements if sentence_start <= position < start), None)
            if introduced_at > end:  # '"..." diyen Bakan X': the speaker follows the cue
                speaker = next((m.cluster for m in mentions if introduced_at <= m.start < introduced_at + 60 and m.type == "PER"), None)
            elif cue == "":  # a quoted sentence right after another quote: the same speaker goes on
                speaker = None
            elif statement is None and (named := self._name_right_before(text, lowered, mentions, introduced_at)) is not None:
                speaker = named.cluster  # 'spokesman Lin Jian accused Tokyo of "..."': the name right before the cue's verb
            else:
                speaker = statement if statement is not None else self._subject(text, mentions, sentence_start, start)
            if speaker is None and self.vocabulary.genitive_opener is not None:
                speaker = _body_named_by_its_head(self.vocabulary.genitive_opener, text, mentions, sentence_start)
            if speaker is None:
                speaker = _person_named_by_title(text, mentions, sentence_start, start)
            described = self._described_subject(text, mentions, sentence_start, start) if speaker is None and cue != "" else None
            if described is not None:
                speaker = described.cluster
            if speaker is None and self.vocabulary.pronoun_cue is not None and self.vocabulary.pronoun_cue.match(cue):
                speaker = self._person_a_pronoun_stands_for(lowered, mentions, start)
            if speaker is None and self.vocabulary.body_cue is not None and (head := self.vocabulary.body_cue.match(cue)):
                body = last_body_closed_by(mentions, head.group("head"), start)  # '"...," the committee said': the Committee named before
                speaker = body.cluster if body is not None else None
            if speaker is None and self.vocabulary.passive_cue.search(cue):
                # 'Açıklamada, "..." ifadesine yer verildi': said in the statement last named, or by the one the
                # sentence before told of ('X da yaptığı açıklamada, ... bildirdi. Açıklamada, "..." denildi')
                previous = next((span for span in reversed(spans) if span.end <= sentence_start), None)
                speaker = self._statement_told_before(text, lowered, mentions, sentence_start, previous, statements, [])
                if speaker is None:
                    speaker = _last_statement_before(statements, start)
            if speaker is None and described is None:
                speaker = last_speaker
            last_speaker = speaker
            quotes.append(Quote(start, end, text[start:end], speaker, cue))
        return quotes, self._reported(text, lowered, spans, mentions, statements, [(quote.start, quote.end) for quote in quotes])

    # -- direct quotes ----------------------------------------------------------------------

    def _quoted_spans(self, text: str, lowered: str) -> list[tuple[int, int, str, int]]:
        """(start, end, cue, where the cue introducing it stands) of each quotation."""
        found: list[tuple[int, int, str, int]] = []
        for opening, closing in self.vocabulary.quote_pairs:
            for match in _openings(text, opening, closing):
                start = match.end()
                if opening in APOSTROPHES and (start - 1 > 0 and text[start - 2].isalnum()):
                    continue  # an apostrophe before a suffix, not an opening quote
                end = text.find(closing, start)
                if end < 0 or any(s <= start < e or s < end <= e for s, e, _, _ in found):
                    continue
                if opening in APOSTROPHES and end + 1 < len(text) and text[end + 1].isalnum():
                    continue
                content = text[start:end]
                if "\n\n" in content or len(content.split()) < self.vocabulary.min_quote_words:
                    continue
                if self.vocabulary.name_after is not None and self.vocabulary.name_after.match(lowered, end + 1):
                    continue  # a name in quotation marks
                if self.vocabulary.name_before is not None and self.vocabulary.name_before.search(lowered, max(0, start - 30), start - 1):
                    continue  # 'codenamed "Justice Mission-2027"': so is one after a word for naming
                # a cue after the quote stands in its paragraph: '... home."\n\nThe ministry said' is another statement's
                after = _in_the_paragraph(lowered, end + 1, self.vocabulary.closing_cues.match(lowered, end + 1))
                before = self.vocabulary.opening_cues.search(lowered, max(0, start - 80), start - 1)
                participle = _in_the_paragraph(lowered, end + 1, self.vocabulary.participle_cues.match(lowered, end + 1)
                                               if self.vocabulary.participle_cues else None)
                if before and self.vocabulary.speaker_after_quote and content.rstrip()[-1:] in ".!?":
                    after = None  # 'called it "a text that rewards Hamas." Hamas said it would ...': the next sentence's verb is its own
                if participle:
                    found.append((start, end, participle.group("cue").strip(" ,"), end + 1 + participle.end() - participle.start()))
                elif after and self.vocabulary.speaker_after_quote and not (
                        self.vocabulary.joined_cue is not None and self.vocabulary.joined_cue.match(lowered, end + 1)):
                    found.append((start, end, lowered[after.start():after.end()].strip(" ,"), end + 1))
                elif after:
                    found.append((start, end, after.group("cue").strip(" ,"), start))
                elif before:
                    found.append((start, end, lowered[before.start():before.end()].strip(" ,:\n\t\r"), before.start()))
                elif self.vocabulary.name_colon and (named := self.vocabulary.name_colon.search(text, max(0, start - 60), start - 1)):
                    found.append((start, end, ":", named.start()))
                elif _goes_on_from(found, text, start - 1, content):
                    found.append((start, end, "", start))  # '"Enflasyon düşecek." dedi. "Bunu göreceğiz."' 
        return sorted(found)

    @staticmethod
    def _sentence_start(spans, position: int) -> int:
        """Start of the sentence holding ``position`` (the opening quotation mark)."""
        return max((span.start for span in spans if span.start <= position), default=0)

    def _statements(self, lowered: str, mentions: list[Mention]) -> list[tuple[int, int]]:
        """(position, cluster) of every body a written statement comes from (``X'ten yapılan açıklama``)."""
        named = [
            (mention.start, mention.cluster) for mention in mentions
            if mention.type in ("ORG", "LOC") and self.vocabulary.statement_source.match(lowered, mention.end)
        ]
        return sorted(named + self._statements_of_bodies_told_of(lowered, mentions))

    def _statements_of_bodies_told_of(self, lowered: str, mentions: list[Mention]) -> list[tuple[int, int]]:
        """``Bakanlıktan yapılan açıklamada``, ``Kurulun ... yayımlanan metinde``: a body's head word
        alone, no name, stands for the body last named whose name it closes."""
        patterns = [p for p in (self.vocabulary.statement_from_a_head, self.vocabulary.statement_of_a_head) if p is not None]
        found = []
        for match in (match for pattern in patterns for match in pattern.finditer(lowered)):
            named = next((m for m in mentions if m.start < match.end("head") and match.start() < m.end and m.type != GROUP), None)
            if named is not None and named.origin == HEAD_WORD:
                found.append((match.start(), named.cluster))  # the head word already linked to the body named before
                continue
            if named is not None:
                continue  # a name of its own; a group's word ("Başsavcılık": prosecutors) is the same head word
            head = fold(match.group("head"))
            if (head,) in self.titles or (head + "n",) in self.titles:  # the head is read short: "Başka|nın"
                continue  # "Başkanın açıklamasında": a person's title, though "Başkanlığı" closes a body's name
            body = last_body_closed_by(mentions, match.group("head"), match.start())
            if body is not None:
                found.append((match.start(), body.cluster))
        return found

    def _subject(self, text: str, mentions: list[Mention], start: int, end: int) -> int | None:
        """The best subject before ``end``: an uninflected name, a comma (or a focus particle,
        ``CHP ise``) after it preferred; after a clause of its own closed by a comma (``X'ten de
        eleştiri gelirken, AB ... vurguladı``), the main clause's subject first."""
        pattern = self.vocabulary.subordinate_clause_end
        closed = [m.end() for m in pattern.finditer(lowercase(text[start:end], self.vocabulary.lang))] if pattern is not None else []
        if closed and (found := self._subject_in(text, mentions, start + closed[-1], end)) is not None:
            return found
        return self._subject_in(text, mentions, start, end)

    def _subject_in(self, text: str, mentions: list[Mention], start: int, end: int) -> int | None:
        candidates = []
        for order, mention in enumerate(m for m in mentions if start <= m.start < end):
            if (suffix := suffix_after(text, mention.end)) and not self._possessed_group(mention, suffix, text):
                continue  # inflected: an object or a possessor, not the subject
            comma = self.vocabulary.subject_comma.match(lowercase(text[mention.end + len(suffix) - bool(suffix):mention.end + 30],
                                                                  self.vocabulary.lang)) or followed_by(
                self.focus_particle, text, mention.end)
            office = self.vocabulary.office_after_a_body
            if office is not None and mention.type in ("ORG", "LOC") and not suffix and office.match(text, mention.end):
                if mention.type == "LOC" and text[start:mention.start].strip()[-1:].isalpha():
                    continue  # "Sendikanın İzmir Şube Başkanı ise": the seat of a body's unit, no speaker
                # "Genel-İş Sendikası İzmir Şube Başkanı ise", "Cali Belediye Başkanı,": the unnamed officer speaks for it
                comma = True
            # in the opening noun phrase: only capitalised words (country, title) stand before it, and no
            # comma that closed it ("Taraflar, Kars ile Gümrü arasındaki ...": the city is no subject)
            opens_sentence = only_capitalised_before(text, start, mention.start) and "," not in text[start:mention.start]
            if comma or opens_sentence:
                leader = self._leader_of(text, mentions, mention)
                officer = _officer_named_after(text, mentions, mention) if opens_sentence and not comma else None
                # "Main opposition CHP leader Ozgur Ozel called ...": the titled person closing the opening phrase heads it
                head = _titled_head_after(text, mentions, mention) if opens_sentence and not comma else None
                cluster = next(found for found in (officer, leader, head and head.cluster, mention.cluster) if found is not None)
                candidates.append((not comma, SUBJECT_PREFERENCE["PER" if head else mention.type], order, cluster))
        return min(candidates)[-1] if candidates else None

    def _possessed_group(self, mention: Mention, suffix: str, text: str) -> bool:
        """``Gannuşi'nin avukatları, ...``: a group word with a possessive ending, set off by a comma."""
        pattern = self.vocabulary.possessed_group
        return mention.type == GROUP and pattern is not None and pattern.fullmatch(suffix + text[mention.end + len(suffix) - 1:mention.end + len(suffix)]) is not None

    def _leader_of(self, text: str, mentions: list[Mention], body: Mention) -> int | None:
        """``CHP lideri, ...``: the person last named with a title right after that body's name
        (``CHP Genel Başkanı Özgür Özel``)."""
        pattern = self.vocabulary.leader_after_a_body
        if body.type != "ORG" or pattern is None or pattern.match(lowercase(text[body.end:body.end + 30], self.vocabulary.lang)) is None:
            return None
        earlier = [m for m in mentions if m.end <= body.start]
        titled = [person for before, person in itertools.pairwise(earlier) if before.cluster == body.cluster and person.type == "PER"
                  and person.role and only_capitalised_before(text, before.end, person.start)]
        return titled[-1].cluster if titled else None

    def _described_subject(self, text: str, mentions: list[Mention], sentence_start: int, end: int) -> _Described | None:
        """``Brezilyalı futbolcu ise "..." diye konuştu``: a sentence opened by a description of
        its subject, not a name, speaks of the person last named in a role the description gives
        (``orta saha oyuncusu X``), or of the body last named whose name its word closes
        (``Kurul``) or whose kind it names (``kulüp``: the sports club). A person so described
        whom the text never named is still not the last speaker: the result then holds no cluster."""
        pattern = self.vocabulary.described_subject
        opener = pattern.match(text, sentence_start, end) if pattern is not None else None
        if opener is None or any(sentence_start <= m.start < opener.end() for m in mentions):
            return None
        head = opener.group("head")
        role = self.titles.get((fold(head),))
        earlier = [m for m in reversed(mentions) if m.end <= sentence_start]
        if role is not None:
            roles = next((group for group in self.vocabulary.alike_roles if role in group), frozenset({role}))
            person = next((m.cluster for m in earlier if m.type == "PER" and m.role in roles), None)
            words = text[sentence_start:opener.start("head")].split()
            if person is None and (not words or (len(words) > 1 and not any(word[:1].isupper() for word in words[1:]))):
                # "Bakan, ... söyledi", "Soruları yanıtlayan Bakan, ...": the minister named before (not "Rus Bakan",
                # whose nationality may be another minister's)
                holder = last_holder_of_title(mentions, head, sentence_start)
                person = holder.cluster if holder is not None else None
            # "Komutanlık sözcüsü, ...": an officer of the body last named, whose head word stands before the title, speaks for it
            owner = last_body_closed_by(mentions, words[-1], sentence_start) if person is None and words else None
            return _Described(owner.cluster if owner is not None else person)
        closed = last_body_closed_by(mentions, head, sentence_start)
        body = closed.cluster if closed is not None else None
        kinds = self.vocabulary.body_kinds.get(fold(head), frozenset())
        if body is None and kinds:  # "Sarı-lacivertli kulüp": the sports club the article is about, the one most named before
            of_kind = [m for m in earlier if m.type == "ORG" and m.key and self.kind_of_key(m.key) in kinds]
            counts, first_named = Counter(m.cluster for m in of_kind), {m.cluster: m.start for m in of_kind}  # earlier runs backwards
            body = max(counts, key=lambda cluster: (counts[cluster], -first_named[cluster]), default=None)
        return _Described(body) if body is not None else None

    # -- reported speech --------------------------------------------------------------------

    def _reported(self, text, lowered, spans, mentions: list[Mention], statements, quoted: list[tuple[int, int]]) -> list[ReportedSpeech]:
        found = []
        for previous, sentence in zip([None, *spans], spans):
            at_the_end = self.vocabulary.reported_at_the_end
            closing = at_the_end.search(lowered, sentence.start, sentence.end) if at_the_end is not None else None
            if closing is not None:  # "..., killing two officers, Haitian authorities said."
                speaker = self._attributed_to(lowered, mentions, closing.start(), closing.start("verb"))
                found.append(ReportedSpeech(closing.start("verb"), closing.end("verb"), text[closing.start("verb"):closing.end("verb")], speaker))
            for match in self.vocabulary.reported.finditer(lowered, sentence.start, sentence.end):
                if any(start <= match.start() < end for start, end in quoted):
                    continue  # '"cevapsız kalmayacağını" söyledi': the quote told already
                passive = self.vocabulary.passive_cue.search(match.group("cue")) is not None
                if passive:
                    speaker = self._statement_told_before(text, lowered, mentions, sentence.start, previous, statements, found)
                    if speaker is None:
                        speaker = _last_statement_before(statements, match.start())
                elif (right_before := self._name_right_before(text, lowered, mentions, match.start())) is not None:
                    speaker = right_before.cluster  # "EU competition chief Teresa Ribera said"
                else:
                    speaker = self._subject(text, mentions, sentence.start, match.start())
                if speaker is None and not passive and (described := self._described_subject(text, mentions, sentence.start, match.start())):
                    speaker = described.cluster
                found.append(ReportedSpeech(match.start(), match.end(), text[match.start():match.end()], speaker))
        return found

    def _statement_told_before(self, text: str, lowered: str, mentions: list[Mention], sentence_start: int, previous,
                               statements: list[tuple[int, int]], told: list[ReportedSpeech]) -> int | None:
        """``BAE Dışişleri Bakanlığı, ... açıkladı. Açıklamada, ... kaydedildi``: a sentence opened by the
        statement, with no name of its source, goes on with the sentence before: who it reports said
        something, or else its subject (``OCHA, saldırıyı kınayarak ... çağrısında bulundu``); a body's
        written statement named there (``X'ten yapılan açıklamada``) is left to the statements."""
        again = self.vocabulary.statement_named_again
        if again is None or previous is None or not again.match(lowered, sentence_start):
            return None
        if any(previous.start <= start < sentence_start for start, _ in statements):
            return None
        last_told = next((speech for speech in reversed(told) if speech.speaker is not None and previous.start <= speech.start < sentence_start), None)
        return last_told.speaker if last_told is not None else self._subject(text, mentions, previous.start, previous.end)

    def _attributed_to(self, lowered: str, mentions: list[Mention], start: int, verb_start: int) -> int | None:
        """The last name in the attribution ``start``–``verb_start`` that no preposition makes another
        word's object (``the defence ministry in Bucharest said``: not Bucharest) and no hyphen
        makes part of a modifier (``the Istanbul-based operator said``); with no name there, the body
        last named whose name the attribution's head word closes (``the ministry said``)."""
        named = [m for m in mentions if start <= m.start and m.end <= verb_start and lowered[m.end:m.end + 1] != "-"
                 and not self._object_of_a_preposition(lowered, m, start)]
        if named:
            return named[-1].cluster
        head = self.vocabulary.body_cue.search(lowered, start, verb_start) if self.vocabulary.body_cue is not None else None
        body = last_body_closed_by(mentions, head.group("head"), start) if head is not None else None
        return body.cluster if body is not None else None  # "..., the ministry said": the Ministry named before

    def _name_right_before(self, text: str, lowered: str, mentions: list[Mention], verb_start: int) -> Mention | None:
        """The name that ends right before the verb of saying, if the language puts its subject there and no
        preposition makes it another word's object ("representatives at stores in the United States said")."""
        if not self.vocabulary.subject_before_the_verb:
            return None
        gap_start = verb_start
        while gap_start > 0 and text[gap_start - 1].isspace():
            gap_start -= 1  # only spaces may stand between the name and the verb
        name = next((m for m in mentions if gap_start <= m.end <= verb_start), None)
        return None if name is None or self._object_of_a_preposition(lowered, name) else name

    def _person_a_pronoun_stands_for(self, lowered: str, mentions: list[Mention], start: int) -> int | None:
        """The person last named before ``start``, past any named only as another's kin or superior
        (``Kim Yo Jong, the sister of leader Kim Jong Un, ... "...," she said``: Kim Yo Jong)."""
        people = [m for m in mentions if m.type == "PER" and m.end <= start]
        possessor = self.vocabulary.possessor_before
        heads = [m for m in people if possessor is None or possessor.search(lowered, max(0, m.start - 40), m.start) is None]
        chosen = (heads or people)[-1:]
        return chosen[0].cluster if chosen else None

    def _object_of_a_preposition(self, lowered: str, mention: Mention, floor: int = 0) -> bool:
        """A preposition right before the name (not before ``floor``) makes it another word's object."""
        preposition = self.vocabulary.object_of_a_preposition
        return preposition is not None and preposition.search(lowered, max(floor, mention.start - 20), mention.start) is not None


def _titled_head_after(text: str, mentions: list[Mention], opener: Mention) -> Mention | None:
    """The person right after ``opener`` and a few words closed by the person's title, ``opener``
    only a word of that title's phrase (``opposition`` in ``Main opposition CHP leader Ozgur Ozel``)."""
    person = next((m for m in mentions if m.start >= opener.end and m.type == "PER"), None)
    if opener.type == "PER" or person is None or not person.title:
        return None
    words = text[opener.end:person.start].split()
    title = person.title.split()
    # only names stand between the opening word and the title ("CHP"), no verb ("met his Russian counterpart")
    return person if (len(words) <= TITLED_HEAD_WORDS and [fold(word) for word in words[-len(title):]] == title
                      and all(word[:1].isupper() for word in words[:-len(title)])) else None


def _officer_named_after(text: str, mentions: list[Mention], body: Mention) -> int | None:
    """``Russian foreign ministry spokeswoman Maria Zakharova said``: a person with a title named right
    after the body, only lower-case words between, speaks, not the body."""
    after = next((m for m in mentions if m.start >= body.end), None)
    if after is None or after.type != "PER" or not after.role or body.type == "PER":
        return None
    return after.cluster if re.fullmatch(r"(?:\s+[a-zçğıöşü-]+){1,4}\s+", text[body.end:after.start]) else None


def _in_the_paragraph(lowered: str, position: int, cue: re.Match[str] | None) -> re.Match[str] | None:
    """The cue, if no paragraph break stands between ``position`` and its end."""
    return cue if cue is not None and "\n\n" not in lowered[position:cue.end()] else None


def _openings(text: str, opening: str, closing: str):
    """Where quotations open. Where the straight double mark both opens and closes (``"``), the
    marks of a paragraph pair up in turn, so that the text between one quotation's closing mark
    and the next one's opening mark is never read as a quotation of its own. (A single mark is
    also Turkish's apostrophe before a suffix, so it cannot be paired by counting.)"""
    marks = list(re.finditer(re.escape(opening), text))
    if opening != closing or opening != '"':
        return marks
    breaks = [match.start() for match in re.finditer("\n", text)]
    seen: Counter[int] = Counter()  # marks met so far in each paragraph
    kept = []
    for match in marks:
        paragraph = bisect_right(breaks, match.start())
        if seen[paragraph] % 2 == 0:
            kept.append(match)
        seen[paragraph] += 1
    return kept


def _goes_on_from(found: list[tuple[int, int, str, int]], text: str, opening: int, content: str) -> bool:
    """A whole quoted sentence that opens its own sentence at most one short sentence after
    the last quotation: the same speaker goes on."""
    if not found or not content.rstrip().endswith((".", "!", "?")):
        return False
    between = text[max(end for _, end, _, _ in found) + 1:opening]
    return len(between) <= 60 and "\n\n" not in between and bool(re.fullmatch(r"[^\n]*[.!?]\s*|\s*", between))


def _last_statement_before(statements: list[tuple[int, int]], position: int) -> int | None:
    """The body whose written statement was last named before ``position``."""
    return next((cluster for start, cluster in reversed(statements) if start < position), None)


BARE_TITLE = re.compile(r"(?<!\w)([^\W\d_]{3,}),")


def _person_named_by_title(text: str, mentions: list[Mention], sentence_start: int, quote_start: int) -> int | None:
    """``Bakan, "..." dedi``, ``Soruları yanıtlayan Bakan, "..."``: a bare capitalised title and
    a comma before the quote stand for the person last named with that title (``Sağlık Bakanı
    Kemal Memişoğlu``)."""
    titles = [m for m in BARE_TITLE.finditer(text, sentence_start, quote_start) if m.group(1)[0].isupper()]
    opener = titles[-1] if titles else None
    if opener is None or any(m.start == opener.start(1) for m in mentions):
        return None
    holder = last_holder_of_title(mentions, opener.group(1), sentence_start)
    return holder.cluster if holder is not None else None


def _body_named_by_its_head(opener_pattern: re.Pattern[str], text: str, mentions: list[Mention], sentence_start: int) -> int | None:
    """The organisation last named whose head word the sentence opens with: ``Kurulun`` is
    ``Para Politikası Kurulu``, ``Bakanlığın`` the ministry named before."""
    opener = opener_pattern.match(text, sentence_start)
    if opener is None:
        return None
    body = last_body_closed_by(mentions, opener.group(1), sentence_start)
    return body.cluster if body is not None else None
