"""English direct and reported speech on sentences written for these tests."""
from datetime import date

import pytest

from gundem.core import Analyser
from gundem.model import Article
from tests.conftest import speech_in


@pytest.fixture(scope="module")
def speech():
    return speech_in("en")


@pytest.mark.parametrize("text, expected", [
    # the speaker named after the closing mark, before or after the verb
    ('"The talks were useful," Foreign Minister Maria Lopez said.', ("The talks were useful,", "Maria Lopez")),
    ('"We will not give in," said Hakan Yilmaz, the party leader.', ("We will not give in,", "Hakan Yilmaz")),
    ('Maria Lopez arrived. “Nothing is agreed yet,” Lopez told reporters in Geneva.', ("Nothing is agreed yet,", "Maria Lopez")),
    # a verb of saying and a colon before the quote: the sentence's subject speaks
    ('Maria Lopez said: "The ceasefire must hold."', ("The ceasefire must hold.", "Maria Lopez")),
    # a partial quote after a promise or a characterisation; a verb of saying in the next paragraph is another's
    (('President Maria Lopez visited the troops and vowed to "bring every one of our people home."\n\n'
      'The Foreign Ministry said the talks would go on.'), ("bring every one of our people home.", "Maria Lopez")),
    ('Hakan Yilmaz called the drills "a dangerous provocation" on Monday.', ("a dangerous provocation", "Hakan Yilmaz")),
    # a long title and name between the closing mark and the verb
    ('"We will keep raising the pressure," EU foreign policy chief Maria Lopez wrote on X.',
     ("We will keep raising the pressure,", "Maria Lopez")),
    # a body named again by the word that closes its name
    ('The National Farmers Union met in Leeds. "Prices must rise," the union said.', ("Prices must rise,", "National Farmers Union")),
])
def test_a_quote_and_its_speaker(speech, text, expected):
    quotes, _ = speech(text)
    assert [(quoted, speaker) for quoted, speaker, _cue in quotes] == [expected]


@pytest.mark.parametrize("text", [
    'Maria Lopez spoke in Rome. "We expect results soon," she said.',
    # a person named as another's kin or superior after "of" is not the one the pronoun stands for
    'Maria Lopez, the sister of leader Hakan Yilmaz, spoke in Rome. "We expect results soon," she said.',
])
def test_a_pronoun_after_the_quote_is_the_speaker_named_before(text):
    analyser = Analyser(use_model=False)
    document = analyser.annotate_one(Article(doc="t", text=text, dct=date(2026, 3, 11), lang="en"))
    speaker = document["quotes"][0]["speaker"]
    assert document["entities"][speaker]["name"] == "Maria Lopez"


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez said that the talks would resume.", [("said that", "Maria Lopez")]),
    ("Hakan Yilmaz said the party was ready to govern.", [("said ", "Hakan Yilmaz")]),
    # words between the verb and "that"
    ("Hakan Yilmaz said after the meeting that talks would resume.", [("said after the meeting that", "Hakan Yilmaz")]),
    # a clause whose verb is in the past tense, regular or not
    ("Hakan Yilmaz said the exchange took place on the border.", [("said ", "Hakan Yilmaz")]),
    ("Hakan Yilmaz said the freed soldiers returned home.", [("said ", "Hakan Yilmaz")]),
    # a verb of saying before its object is no reported clause
    ("Lopez told reporters after the meeting in Rome.", []),
    # the rest of the told clause quoted: a fragment inside reported speech, no direct quote
    ('Maria Lopez said the decision "will not stand".', [("said ", "Maria Lopez")]),
])
def test_reported_speech_and_its_speaker(speech, text, expected):
    _, reported = speech(text)
    assert reported == expected


def test_a_title_in_quotation_marks_is_no_quote(speech):
    assert speech('The army launched the "Northern Shield" operation on Monday.') == ([], [])


def test_the_words_between_two_quotations_are_no_quotation(speech):
    """Straight double marks pair up in turn within a paragraph."""
    text = '"Prices will fall," Maria Lopez said on Monday, adding that she expected growth. "We are confident," she said.'
    quotes, _ = speech(text)
    assert [quoted for quoted, _speaker, _cue in quotes] == ["Prices will fall,", "We are confident,"]


def test_english_cues_are_matched_in_english_casing(speech):
    """``In an interview:`` before a quote (Turkish casing would read ``ın an ınterview``)."""
    quotes, _ = speech('Maria Lopez spoke to reporters. In an interview: "We will not resign."')
    assert [quoted for quoted, _speaker, _cue in quotes] == ["We will not resign."]


@pytest.mark.parametrize("text, expected", [
    # the name right before the verb speaks, not the body before the title
    ("EU competition chief Teresa Ribera said the company had abused its position.", [("said ", "Teresa Ribera")]),
    # an attribution closing the sentence
    ("Gangs attacked a police station in the town, killing two officers, Kenyan police said.", [("said", "police")]),
    # a place after a preposition is no speaker
    ("Representatives at several stores in France said that buyers should try again.", [("said that", None)]),
])
def test_who_says_what_the_sentence_reports(speech, text, expected):
    _, reported = speech(text)
    assert reported == expected


@pytest.mark.parametrize("text, expected", [
    # a partial quote after an accusation's "of": the subject speaks, even with a verb of saying joined by "and" after it
    ('Foreign Minister Maria Lopez accused the rebels of "endangering regional peace" and said talks were over.',
     ("endangering regional peace", "Maria Lopez")),
    ('Foreign Minister Maria Lopez warned of "grave consequences" on Monday.', ("grave consequences", "Maria Lopez")),
    # lower-case words of a body and a title before the name right before the cue's verb
    ('Foreign ministry spokesman Hakan Yilmaz accused Tokyo of "crudely interfering" in its affairs.',
     ("crudely interfering", "Hakan Yilmaz")),
])
def test_a_partial_quote_after_an_accusation_or_a_warning(speech, text, expected):
    quotes, _ = speech(text)
    assert [(quoted, speaker) for quoted, speaker, _cue in quotes] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a quote closing its sentence: the verb of saying in the next sentence is another statement's
    ('Ambassador Maria Lopez called the resolution "a text that rewards the rebels." The rebels said they would comply.',
     ("a text that rewards the rebels.", "Maria Lopez")),
    # a characterisation after "welcomed ... as", then a verb joined by "but"
    # a characterisation after "called ... a"
    ('President Maria Lopez called the attacks a "flagrant violation" of the truce.', ("flagrant violation", "Maria Lopez")),
    ('Foreign Minister Maria Lopez welcomed the deal as "an important step" but urged the rebels to disarm.',
     ("an important step", "Maria Lopez")),
    # a verb of saying after "while" opens another's clause
    ('Speaker Maria Lopez called the roadmap "a historic step", while Prime Minister Hakan Yilmaz said he would support it.',
     ("a historic step", "Maria Lopez")),
])
def test_a_quote_whose_cue_comes_before_it(speech, text, expected):
    quotes, _ = speech(text)
    assert [(quoted, speaker) for quoted, speaker, _cue in quotes] == [expected]


@pytest.mark.parametrize("text, speaker", [
    # a time after the verb; a bracketed short form in the attribution
    ("At least 40 people are missing after a boat capsized, the International Organization for Migration (IOM) said on Friday.",
     "International Organization for Migration"),
    # a place after a preposition is the body's seat, not the speaker
    ("Romanian jets shot down a drone overnight, the defence ministry in Bucharest said on Tuesday.", "Ministry of Defence of Romania"),
    # a town made a modifier by a hyphen speaks no more than the ship does
    ("Pirates hijacked a cargo ship off Somalia, the ship's Istanbul-based operator said on Thursday.", None),
    # a lower-case body after "the": the country of the story's scene
    ("Georgian police detained an opposition leader in Tbilisi on Monday, the interior ministry said.", "Ministry of the Interior of Georgia"),
    # the body named before by the word that closes its name
    ("The Ministry of Trade opened a case. Officers found the drug among bananas, the ministry said in a statement.", "Ministry of Trade"),
])
def test_an_attribution_closing_the_sentence(text, speaker):
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=date(2026, 12, 18), lang="en"))
    names = {id_: entity["name"] for id_, entity in document["entities"].items()}
    assert [(item["cue"], names.get(item["speaker"])) for item in document["indirect_speech"]][-1:] == [("said", speaker)]


def test_an_officer_named_after_the_body_speaks_not_the_body(speech):
    quotes, _ = speech('Russian foreign ministry spokeswoman Maria Zakharova called the move "a hostile step" and said Moscow would respond.')
    assert [(quoted, speaker) for quoted, speaker, _cue in quotes] == [("a hostile step", "Maria Zakharova")]


def test_a_bare_body_named_before_another_countrys_is_not_that_one():
    text = ("Lithuania declared three Russian diplomats persona non grata on Tuesday. The foreign ministry said in a statement that "
            "they must leave within 72 hours. Russian foreign ministry spokeswoman Maria Zakharova said Moscow would respond.")
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=date(2026, 12, 8), lang="en"))
    speakers = [document["entities"][item["speaker"]] for item in document["indirect_speech"]]
    assert [(speaker["name"], speaker["country"]) for speaker in speakers] == [("foreign ministry", None), ("Maria Zakharova", "RUS")]


def test_a_phrase_set_off_by_commas_after_the_told_subject_keeps_the_speech_reported(speech):
    _, reported = speech("Ambassador Mike Waltz said the draft, put forward by Algeria, failed to condemn Hamas.")
    assert [(cue.strip(), speaker) for cue, speaker in reported] == [("said", "Mike Waltz")]


def test_the_court_is_the_court_named_before_whose_name_it_opens_before_of(speech):
    _, reported = speech("The European Court of Human Rights ruled on Tuesday that Ankara must pay damages. "
                         "The court said her articles contained no call to violence.")
    assert [speaker for _, speaker in reported][-1] == "European Court of Human Rights"


def test_a_name_in_quotation_marks_after_a_word_for_naming_is_no_quote(speech):
    quotes, _ = speech('China launched joint drills around Taiwan, codenamed "Justice Mission-2027", the command said.')
    assert quotes == []
