"""English time expressions, after the TimeML conventions, with a fixed article date."""
from datetime import date

import pytest

from gundem.analysis.timex import TimeTagger
from gundem.model import Article

THURSDAY = date(2026, 2, 12)  # week 2026-W07; the first quarter of 2026 is not over


@pytest.fixture(scope="module")
def tag():
    tagger = TimeTagger.for_language("en")

    def run(text, dct=THURSDAY):
        return [(t.text, t.type, t.value) for t in tagger(Article(doc="t", text=text, dct=dct, lang="en"))]

    return run


@pytest.mark.parametrize("text, expected", [
    ("The talks began on Feb. 6, 2026.", ("Feb. 6, 2026", "DATE", "2026-02-06")),
    ("They met on 6 February.", ("6 February", "DATE", "2026-02-06")),
    ("Sales fell in June 2025.", ("June 2025", "DATE", "2025-06")),
    # years said aloud, as broadcast transcripts write them
    ("The bomb went off in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996")),
    ("The law dates from nineteen hundred.", ("nineteen hundred", "DATE", "1900")),
    ("By the year two thousand the plant was closed.", ("the year two thousand", "DATE", "2000")),
    ("It reopened in two thousand and two.", ("two thousand and two", "DATE", "2002")),
    # a decade by name is the latest one begun by the article's year
    ("Rents doubled in the nineties.", ("the nineties", "DATE", "199")),
    ("Rents may double in the twenties.", ("the twenties", "DATE", "202")),
    ("The ministers met on Tuesday.", ("Tuesday", "DATE", "2026-02-10")),
    ("The minister said on Thursday that talks went well.", ("Thursday", "DATE", "2026-02-12")),
    ("The ministers will meet on Tuesday.", ("Tuesday", "DATE", "2026-02-17")),
    ("He arrived last Friday.", ("last Friday", "DATE", "2026-02-06")),
    ("It rained yesterday.", ("yesterday", "DATE", "2026-02-11")),
    ("Prices rose last year.", ("last year", "DATE", "2025")),
    ("Output grew this month.", ("this month", "DATE", "2026-02")),
    ("Talks resume next week.", ("next week", "DATE", "2026-W08")),
    ("Profit rose in the fourth quarter.", ("the fourth quarter", "DATE", "2025-Q4")),
    # a quarter with its year in front is one expression
    ("It took a charge in the 2024 second quarter.", ("the 2024 second quarter", "DATE", "2024-Q2")),
    ("Profit fell from the year-ago third quarter.", ("the year-ago third quarter", "DATE", "2025-Q3")),
    ("Output may rise in next year's first quarter.", ("next year's first quarter", "DATE", "2027-Q1")),
    ("The fair is held each July.", ("each July", "SET", "XXXX-07")),
    ("The vote is this coming Sunday.", ("this coming Sunday", "DATE", "2026-02-15")),
    ("Growth slowed over the past three years.", ("the past three years", "DURATION", "P3Y")),
    ("The strike lasted two weeks.", ("two weeks", "DURATION", "P2W")),
    ("The base will stay for at least 20 more years.", ("20 more years", "DURATION", "P20Y")),
    ("The option may be extended for an additional year.", ("an additional year", "DURATION", "P1Y")),
    ("The work took two years and three months.", ("two years and three months", "DURATION", "P2Y3M")),
    ("The hearing lasted 3 hours 20 minutes.", ("3 hours 20 minutes", "DURATION", "PT3H20M")),
    ("Shelling continued for 24 hours.", ("24 hours", "DURATION", "PT24H")),
    ("The 24-hour strike grounded flights.", ("24-hour", "DURATION", "PT24H")),  # "the" stays outside an adjective
    ("Talks on the two days of votes ended.", ("the two days", "DURATION", "P2D")),
    ("The fighting stopped three days ago.", ("three days ago", "DATE", "2026-02-09")),
    ("The board meets once a month.", ("once a month", "SET", "P1M")),
    ("The paper is published daily.", ("daily", "SET", "P1D")),
    # TimeBank counts decades in years; commas group thousands; "the coming weeks" is vague
    ("Inflation has not been this high in two decades.", ("two decades", "DURATION", "P20Y")),
    ("The glass-making secret is kept for 1,000 years.", ("1,000 years", "DURATION", "P1000Y")),
    ("Talks will continue in the coming weeks.", ("the coming weeks", "DURATION", "PXW")),
    ("Markets are calm now.", ("now", "DATE", "PRESENT_REF")),
    ("Prices rose in the 1990s.", ("the 1990s", "DATE", "199")),
    ("The vote is at 9:30 a.m.", ("9:30 a.m.", "TIME", "2026-02-12T09:30")),
    ("Shots were heard last night.", ("last night", "TIME", "2026-02-11TNI")),
    ("They met this morning.", ("this morning", "TIME", "2026-02-12TMO")),
    ("The deal was signed in 2019.", ("2019", "DATE", "2019")),
    ("Trade grew in the spring of 2024.", ("the spring of 2024", "DATE", "2024-SP")),
    ("The festival takes place every summer.", ("every summer", "SET", "XXXX-SU")),
    ("The band plays every Friday night.", ("every Friday night", "SET", "XXXX-WXX-5TNI")),
    ("The vote is set for the week of March 9.", ("the week of March 9", "DATE", "2026-W11")),
    ("The plant closed in the spring of last year.", ("the spring of last year", "DATE", "2025-SP")),
    ("The museum reopened after a year-long renovation.", ("year-long", "DURATION", "P1Y")),
    ("The decades-long conflict goes on.", ("decades-long", "DURATION", "PXY")),
    ("The show airs on Tuesday nights.", ("Tuesday nights", "SET", "XXXX-WXX-2TNI")),
    ("The shop is closed on Sundays.", ("Sundays", "SET", "XXXX-WXX-7")),
    ("Unemployment fell in the first half of 2024.", ("the first half of 2024", "DATE", "2024-H1")),
    # a part of a period is one expression with the period's value; the end of a week is no weekend
    ("A deal is expected by the end of the year.", ("the end of the year", "DATE", "2026")),
    ("The war ended at the beginning of 1995.", ("the beginning of 1995", "DATE", "1995")),
    ("The plant will close by mid-2027.", ("mid-2027", "DATE", "2027")),
    ("Shareholders get the papers at the end of this week.", ("the end of this week", "DATE", "2026-W07")),
    ("Output will recover in the second quarter of next year.", ("the second quarter of next year", "DATE", "2027-Q2")),
    ("Output fell in the first half of last year.", ("the first half of last year", "DATE", "2025-H1")),
    ("He has led the party since the mid-1990s.", ("the mid-1990s", "DATE", "199")),
    # a 24-hour clock after "at" or before a zone
    ("The plane took off at 10:45 local time.", ("10:45 local time", "TIME", "2026-02-12T10:45")),
    ("The blast came at 14:20.", ("14:20", "TIME", "2026-02-12T14:20")),
])
def test_expression_values(tag, text, expected):
    assert tag(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # told in December: a month just ahead under a past verb of its own is this year's, as one after "since"
    ("M23 seized Goma in January and Bukavu in February.", [("January", "DATE", "2026-01"), ("February", "DATE", "2026-02")]),
    ("Thousands have died since January.", [("January", "DATE", "2026-01")]),
    # a far verb governs another clause, and a future one looks ahead
    ("He said the case is heard in January.", [("January", "DATE", "2027-01")]),
    ("The talks will resume in January.", [("January", "DATE", "2027-01")]),
])
def test_a_month_named_alone_near_the_turn_of_the_year(tag, text, expected):
    assert tag(text, date(2026, 12, 4)) == expected


def test_words_that_only_look_like_dates(tag):
    assert tag("Prices may fall. Rivals march on.") == []
    assert tag("The quarterly results were weak.") == []
    assert tag("The 6-year-old boy and 2,019 people.") == []
    # an age and a fraction, not durations
    assert tag("Mr. Reed, 52 years old, will succeed him.") == []
    assert tag("The country imports about three-quarters of its food.") == []
    assert tag("They won 3:1 and the odds were 10:1.") == []


def test_a_year_ago_in_a_quarterly_report_is_that_quarter():
    tagger = TimeTagger.for_language("en")
    text = "Profit in the third quarter rose 5% from a year ago."
    found = tagger(Article(doc="t", text=text, dct=date(2026, 11, 2), lang="en"))
    assert [(t.text, t.value) for t in found] == [("the third quarter", "2026-Q3"), ("a year ago", "2025-Q3")]


@pytest.mark.parametrize("text, expected", [
    # the nearest tense cue decides, not the first one in the sentence
    ("Officials said they would appeal the ruling, announced Tuesday.", ("Tuesday", "DATE", "2026-02-10")),
    ("He said the delegation would be traveling to the United States Saturday.", ("Saturday", "DATE", "2026-02-14")),
    ("The team planned to leave the capital on Saturday.", ("Saturday", "DATE", "2026-02-14")),
    ("The envoy could arrive as early as Monday.", ("Monday", "DATE", "2026-02-16")),
    ("The talks are to resume Monday in Geneva.", ("Monday", "DATE", "2026-02-16")),
    ("The results, to be published in March, will decide it.", ("March", "DATE", "2026-03")),
    ("The chairman stepped down in December.", ("December", "DATE", "2025-12")),
    # a close date stays close whatever the verb: an offer extended until a date just ahead
    ("The company extended its offer until Feb. 20.", ("Feb. 20", "DATE", "2026-02-20")),
    # last / this / next with a month name
    ("The boat capsized last November.", ("last November", "DATE", "2025-11")),
    ("The election is due this September.", ("this September", "DATE", "2026-09")),
    ("In June last year, the leaders met.", ("June last year", "DATE", "2025-06")),
    # a clock time and its day are one expression
    ("The market will open at 9 a.m. Tuesday.", ("9 a.m. Tuesday", "TIME", "2026-02-17T09:00")),
    ("The offer expires at 5 p.m. EST Feb. 20.", ("5 p.m. EST Feb. 20", "TIME", "2026-02-20T17:00")),
    ("They met at noon Wednesday.", ("noon Wednesday", "TIME", "2026-02-11T12:00")),
    # a scheduled event in the present tense is ahead; midday is a clock time; "each month" a set
    ("The ceasefire starts at midday Friday.", ("midday Friday", "TIME", "2026-02-13T12:00")),
    ("The summit opens Monday in Brussels.", ("Monday", "DATE", "2026-02-16")),
    ("The figures are published each month.", ("each month", "SET", "P1M")),
    # "the" before "past" or "last" is part of the expression
    ("In the past year, the company opened 50 stores.", ("the past year", "DATE", "2025")),
    # "set for", "scheduled for" look ahead
    ("The new law takes effect July 1.", ("July 1", "DATE", "2026-07-01")),
    ("The vote is set for 10 a.m. Tuesday.", ("10 a.m. Tuesday", "TIME", "2026-02-17T10:00")),
    # noon and midnight after a preposition of time are clock times of the article's day
    ("The curfew ends at midnight.", ("midnight", "TIME", "2026-02-12T24:00")),
    ("Polls close at noon.", ("noon", "TIME", "2026-02-12T12:00")),
    # a count with a half, back from the article's date: thirty months
    ("The plant closed two and a half years ago.", ("two and a half years ago", "DATE", "2023-08")),
    ("He left 2 1/2 years ago.", ("2 1/2 years ago", "DATE", "2023-08")),
    # "every" and a count of units is a set
    ("The central bank meets every six weeks.", ("every six weeks", "SET", "P6W")),
    # after "to" or a modal, "last" is the verb and the duration starts at the number
    ("The trial is expected to last several months.", ("several months", "DURATION", "PXM")),
    ("The storm could last two days.", ("two days", "DURATION", "P2D")),
    ("Sales rose in the last three months.", ("the last three months", "DURATION", "P3M")),
    # fractions and numbers written as words
    ("The flight took 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
    ("The silence lasted a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
    ("He served twenty-four years.", ("twenty-four years", "DURATION", "P24Y")),
    # "two days after" counts from another event: the duration is the expression
    ("The deal was signed two days after the vote.", ("two days", "DURATION", "P2D")),
    ("The fighting stopped three days ago.", ("three days ago", "DATE", "2026-02-09")),
    # "the year ended March 31" is a year's span, not this year
    ("Revenue for the year ended March 31 rose.", ("the year", "DURATION", "P1Y")),
    # a weekday with a possessive names something done; a long name is one word for the cue
    ("They will look for ways around Wednesday's ruling.", ("Wednesday", "DATE", "2026-02-11")),
    ("On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.",
     ("Tuesday", "DATE", "2026-02-17")),
    # the sentence before, closed by a line break, lends it no tense; "plans" alone is a noun
    ("He opposed it.\n\nOn Tuesday, the league plans to hold a news conference.", ("Tuesday", "DATE", "2026-02-17")),
    ("On Friday, when she set aside vacation plans, the ministry lifted a warning.", ("Friday", "DATE", "2026-02-06")),
    # without any tense cue, an undated month in English news is the last one
    ("The chairman since June, Mr. Lee, has support.", ("June", "DATE", "2025-06")),
    # fiscal years, year-end, vague spans ahead
    ("In fiscal 2024, the company earned $17 million.", ("fiscal 2024", "DATE", "2024")),
    ("The deal should close by year-end.", ("year-end", "DATE", "2026")),
    ("The index is up 4% since year-end.", ("year-end", "DATE", "2025")),
    ("Troops could be sent within weeks.", ("weeks", "DURATION", "PXW")),
    ("Selling may go on in the weeks ahead.", ("the weeks ahead", "DURATION", "PXW")),
    ("A sale is planned in the near future.", ("the near future", "DATE", "FUTURE_REF")),
    ("Sales in the latest period rose 13%.", ("the latest period", "DATE", "2025-Q4")),
    # a bare season after a preposition and "the", on the side its verb allows
    ("The museum will reopen in the spring.", ("the spring", "DATE", "2026-SP")),
    ("They met again in the fall.", ("the fall", "DATE", "2025-FA")),
    ("Sales rose this past spring.", ("this past spring", "DATE", "2025-SP")),
    # a season before a year is that year's
    ("Elections are expected in autumn 2027, officials said.", ("autumn 2027", "DATE", "2027-FA")),
    ("The senator announced his retirement this past weekend.", ("this past weekend", "DATE", "2026-W06-WE")),
    # bare units before "later" or with "ago" are vague durations
    ("He died hours later in hospital.", ("hours", "DURATION", "PTXH")),
    ("Just months ago the company was losing money.", ("months ago", "DURATION", "PXM")),
    # "overnight": the night before a report of the past, the coming one ahead of a future verb
    ("The storm knocked out power overnight.", ("overnight", "TIME", "2026-02-11TNI")),
    ("Temperatures will drop sharply overnight.", ("overnight", "TIME", "2026-02-12TNI")),
    # a future verb rarely looks back: a day two months past is next year's
    ("The trial is scheduled to begin on Dec. 14.", ("Dec. 14", "DATE", "2026-12-14")),
    # "succeed" is no past tense, "next to" no future
    ("Mr. Lee will succeed Daniel P. Davison Feb. 1.", ("Feb. 1", "DATE", "2027-02-01")),
    ("Dozens were killed in the blasts next to the embassies on Friday.", ("Friday", "DATE", "2026-02-06")),
    # a relative clause has its own verb
    ("She would bring aid to countries where the Nov. 7 blasts killed many.", ("Nov. 7", "DATE", "2025-11-07")),
])
def test_direction_combinations_and_numbers(tag, text, expected):
    assert tag(text)[0] == expected


def test_holidays_fixed_to_a_weekday_of_the_month(tag):
    assert tag("Families met on Thanksgiving Day.", dct=date(1999, 12, 2)) == [("Thanksgiving Day", "DATE", "1999-11-25")]
    assert tag("Stores close last Thanksgiving.", dct=date(1999, 12, 2))[0][2] == "1999-11-25"
    assert tag("Parades are planned for Memorial Day.", dct=date(2026, 5, 1)) == [("Memorial Day", "DATE", "2026-05-25")]


@pytest.mark.parametrize("text, expected", [
    ("He left in June 2025 and returned later that year.", ("later that year", "DATE", "2025")),
    ("The firm was founded in March 2019. The following year it went public.", ("The following year", "DATE", "2020")),
    ("The rifle was found on Oct. 23, 2024. Earlier that day, the family sent a fax.", ("Earlier that day", "DATE", "2024-10-23")),
    ("He appeared in court on Feb. 2. He looked healthy the next morning.", ("the next morning", "DATE", "2026-02-03")),
    ("The talks resume the following week.", ("the following week", "DATE", "2026-W08")),  # no date told: from the article's
])
def test_anaphoric_expressions_count_from_the_date_told_before(tag, text, expected):
    assert tag(text)[-1] == expected



def test_a_clock_time_is_on_the_day_its_sentence_named(tag):
    assert tag("6 February 2026 Last updated at 11:50 GMT") == [
        ("6 February 2026", "DATE", "2026-02-06"), ("11:50 GMT", "TIME", "2026-02-06T11:50")]
    assert tag("The blast occurred at 10:35 a.m.") == [("10:35 a.m.", "TIME", "2026-02-12T10:35")]


def test_a_clock_time_takes_the_day_named_right_after_it(tag):
    assert tag("The blast occurred at 10:35 a.m. (0735 GMT) Friday.") == [
        ("10:35 a.m.", "TIME", "2026-02-06T10:35"), ("Friday", "DATE", "2026-02-06")]
    assert tag("The offer expires at 5 p.m. Eastern time on Friday.") == [
        ("5 p.m.", "TIME", "2026-02-13T17:00"), ("Friday", "DATE", "2026-02-13")]
    assert tag("He left at 9 p.m. and returned Sunday.")[0] == ("9 p.m.", "TIME", "2026-02-12T21:00")


def test_a_four_digit_clock_before_gmt_is_no_year(tag):
    assert [t for t in tag("The quake struck at 2:15 a.m. local time (1915 GMT Tuesday).") if t[0] == "1915"] == []


def test_a_year_glued_by_a_hyphen_to_a_name_is_part_of_the_name(tag):
    assert tag("Troops began the Zapad-2027 exercise and the Efes-2026 drills.") == []
