"""Fact-change flags: table-driven cases per kind, both directions, and cases never flagged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.engine.flag_checks import flags, one_flag
from viewer.engine.facts import find_flags
from viewer.engine.model import FlagKind
from viewer.engine.worddiff import word_changes

FLAGGED = [
    # (kind, left, right, left fragment, right fragment)
    (
        FlagKind.NUMBER,
        "Police said 3 people died in the blast.",
        "Police said at least 22 people died in the blast.",
        "3",
        "22",
    ),
    (
        FlagKind.NUMBER,
        "The company lost $13.7 billion last year.",
        "The company lost $13.4 billion last year.",
        "13.7",
        "13.4",
    ),
    (
        FlagKind.NUMBER,
        "At least a small number of the advisers knew.",
        "At least several of the advisers knew.",
        "small number",
        "several",
    ),
    (
        FlagKind.NUMBER,
        "Turnout was 65% in the capital.",
        "Turnout was 56% in the capital.",
        "65",
        "56",
    ),
    (
        FlagKind.NUMBER,
        "The talks lasted four hours, officials said.",
        "The talks lasted eleven hours, officials said.",
        "four",
        "eleven",
    ),
    (
        FlagKind.DATE,
        "The meetings happened in recent months in Geneva.",
        "The meetings happened over the past three months in Geneva.",
        "recent months",
        "three months",
    ),
    # Scales written against the digits, amounts in words, units and currencies alone.
    (
        FlagKind.NUMBER,
        "The company paid $5m to settle the case.",
        "The company paid $5bn to settle the case.",
        "$5m",
        "$5bn",
    ),
    (
        FlagKind.NUMBER,
        "The deal is worth €300m, the firm said.",
        "The deal is worth €300k, the firm said.",
        "€300m",
        "€300k",
    ),
    (
        FlagKind.NUMBER,
        "The company was fined a million dollars.",
        "The company was fined a billion dollars.",
        "a million",
        "a billion",
    ),
    (
        FlagKind.NUMBER,
        "The company was fined half a million dollars.",
        "The company was fined a million dollars.",
        "half a million",
        "a million",
    ),
    (
        FlagKind.NUMBER,
        "The club sold the striker for 40 million euros.",
        "The club sold the striker for 40 million dollars.",
        "euros",
        "dollars",
    ),
    (
        FlagKind.NUMBER,
        "The storm left a trail of damage 40 km long.",
        "The storm left a trail of damage 40 miles long.",
        "40 km",
        "40 miles",
    ),
    (
        FlagKind.NUMBER,
        "Unemployment rose by 2 percentage points.",
        "Unemployment rose by 2 percent.",
        "percentage points",
        "percent",
    ),
    (
        FlagKind.NUMBER,
        "Most lawmakers voted against the bill.",
        "Several lawmakers voted against the bill.",
        "Most",
        "Several",
    ),
    (
        FlagKind.ATTRIBUTION,
        "The plan was shelved, officials said.",
        "The plan was shelved, an official said.",
        "officials",
        "an official",
    ),
    (
        FlagKind.ATTRIBUTION,
        "The strike was called off, according to officials.",
        "The strike was called off, according to the ministry.",
        "officials",
        "ministry",
    ),
    (
        FlagKind.NUMBER,
        "Half of the respondents backed the plan.",
        "A third of the respondents backed the plan.",
        "Half",
        "A third",
    ),
    (
        FlagKind.NUMBER,
        "Two-thirds of voters backed the plan.",
        "A quarter of voters backed the plan.",
        "Two-thirds",
        "A quarter",
    ),
    (
        FlagKind.NUMBER,
        "The team won in the second round.",
        "The team won in round three.",
        "second",
        "three",
    ),
    (  # a quarter of a year is a date ("Q3", "July-September")
        FlagKind.DATE,
        "In the third quarter, sales rose.",
        "In the second quarter, sales rose.",
        "third quarter",
        "second quarter",
    ),
    # A name opening a sentence names the speaker when a speech verb follows.
    (
        FlagKind.ATTRIBUTION,
        "Biden said the talks had failed.",
        "Obama said the talks had failed.",
        "Biden",
        "Obama",
    ),
    (
        FlagKind.ATTRIBUTION,
        "Reuters reported the talks had failed.",
        "Bloomberg reported the talks had failed.",
        "Reuters",
        "Bloomberg",
    ),
    # A number and its noun replaced in one change; names opening a sentence.
    (
        FlagKind.NUMBER,
        "Police said 200 protesters gathered in the square.",
        "Police said 300 demonstrators gathered in the square.",
        "200",
        "300",
    ),
    (
        FlagKind.NUMBER,
        "Police said hundreds of protesters gathered in the square.",
        "Police said thousands of demonstrators gathered in the square.",
        "hundreds",
        "thousands",
    ),
    (
        FlagKind.NUMBER,
        "She won her second consecutive Wimbledon title on Sunday.",
        "She won a third straight Wimbledon title on Sunday.",
        "second",
        "third",
    ),
    (
        FlagKind.NUMBER,
        "The fire burned 10,000 acres, officials said.",
        "The fire burned 10,000 hectares, officials said.",
        "acres",
        "hectares",
    ),
    (
        FlagKind.DATE,
        "The plan covers 2022-2023, officials said.",
        "The plan covers 2021-2023, officials said.",
        "2022-2023",
        "2021-2023",
    ),
    (
        FlagKind.NAME,
        "North Korea fired a missile on Monday.",
        "South Korea fired a missile on Monday.",
        "North Korea",
        "South Korea",
    ),
    (
        FlagKind.ATTRIBUTION,
        "The quake hit northern Japan, the Japan Meteorological Agency said.",
        "The quake hit northern Japan, the U.S. Geological Survey said.",
        "Japan Meteorological Agency",
        "U.S. Geological Survey",
    ),
    (
        FlagKind.ATTRIBUTION,
        "The strike ended, the union said.",
        "The strike ended, the company said.",
        "union",
        "company",
    ),
    (
        FlagKind.ATTRIBUTION,
        "The blast killed three, broadcaster CNN Turk reported.",
        "The blast killed three, according to broadcaster TRT.",
        "CNN Turk",
        "TRT",
    ),
    (
        FlagKind.ATTRIBUTION,
        "Russia is preparing an offensive, a senior Ukrainian military official said.",
        "Russia is preparing an offensive, a senior NATO military official said.",
        "Ukrainian military official",
        "NATO military official",
    ),
    (
        FlagKind.ATTRIBUTION,
        "The strike was carried out by Israel, according to a senior U.S. official.",
        "The strike was carried out by Israel, according to a European diplomat.",
        "U.S. official",
        "European diplomat",
    ),
    (
        FlagKind.NUMBER,
        "Alcaraz beat Djokovic to win his second consecutive Wimbledon title on Sunday.",
        "Alcaraz defeated Djokovic on Sunday to claim a third straight Wimbledon crown.",
        "second",
        "third",
    ),
    # An outlet that cites sources passes on what they say: the sources are the source.
    (
        FlagKind.ATTRIBUTION,
        "The talks went on, Reuters reported, citing three sources.",
        "The talks went on, two sources said.",
        "three sources",
        "two sources",
    ),
    (
        FlagKind.ATTRIBUTION,
        "Foreign Minister Sergei Lavrov said Moscow would respond.",
        "The defence minister said Moscow would respond.",
        "Sergei Lavrov",
        "defence minister",
    ),
    # Ordinals, decades, parts of a year, clock times.
    (
        FlagKind.NUMBER,
        "The team was knocked out in the second round.",
        "The team was knocked out in the third round.",
        "second",
        "third",
    ),
    (
        FlagKind.NUMBER,
        "It was his 2nd term in office.",
        "It was his 3rd term in office.",
        "2nd",
        "3rd",
    ),
    (
        FlagKind.DATE,
        "The war began in the 1990s, historians say.",
        "The war began in the 1980s, historians say.",
        "1990s",
        "1980s",
    ),
    (
        FlagKind.DATE,
        "The plant opens in mid-2023, the firm said.",
        "The plant opens in late 2023, the firm said.",
        "mid-2023",
        "late 2023",
    ),
    (
        FlagKind.DATE,
        "The polls close at 3pm on Sunday.",
        "The polls close at 5pm on Sunday.",
        "3pm",
        "5pm",
    ),
    # Names that share a word are different names unless one holds the other.
    (
        FlagKind.NAME,
        "The missile was launched by North Korea on Monday.",
        "The missile was launched by South Korea on Monday.",
        "North Korea",
        "South Korea",
    ),
    (
        FlagKind.NAME,
        "The book was written by Hillary Clinton in 2003.",
        "The book was written by Bill Clinton in 2003.",
        "Hillary Clinton",
        "Bill Clinton",
    ),
    (
        FlagKind.NAME,
        "The strike was confirmed by the Defence Ministry on Tuesday.",
        "The strike was confirmed by the Foreign Ministry on Tuesday.",
        "Defence Ministry",
        "Foreign Ministry",
    ),
    (
        FlagKind.ATTRIBUTION,
        "According to the Defence Ministry, the strike hit a depot.",
        "According to the Foreign Ministry, the strike hit a depot.",
        "Defence Ministry",
        "Foreign Ministry",
    ),
    # A straight quote closing before a name does not make the name open a sentence; the
    # quote is given to someone else.
    (
        FlagKind.QUOTE,
        '"We will defend our democracy," Biden said on Monday.',
        '"We will defend our democracy," Obama said on Monday.',
        "Biden",
        "Obama",
    ),
    # The count of a relative time, in words or digits, changes the time.
    (
        FlagKind.DATE,
        "The meetings took place over the past three months.",
        "The meetings took place over the past four months.",
        "three months",
        "four months",
    ),
    (
        FlagKind.DATE,
        "The meetings took place over the past 3 months.",
        "The meetings took place over the past 4 months.",
        "3 months",
        "4 months",
    ),
    (
        FlagKind.DATE,
        "The talks began three weeks ago in Geneva.",
        "The talks began two weeks ago in Geneva.",
        "three weeks",
        "two weeks",
    ),
    (  # a counted duration is a number with a unit, as "a 10-day visit" is
        FlagKind.NUMBER,
        "The envoy stayed in Doha for 10 days.",
        "The envoy stayed in Doha for 12 days.",
        "10 days",
        "12 days",
    ),
    (
        FlagKind.DATE,
        "The vote took place on 5 November 2024.",
        "The vote took place on 6 November 2024.",
        "5 November",
        "6 November",
    ),
    (
        FlagKind.DATE,
        "The deal was signed in 2023 in Paris.",
        "The deal was signed in 2021 in Paris.",
        "2023",
        "2021",
    ),
    (
        FlagKind.DATE,
        "The latest meeting took place last week in Geneva.",
        "The latest meeting took place as recently as days ago in Geneva.",
        "last week",
        "days ago",
    ),
    (
        FlagKind.DATE,
        "The talks began after the election of the new president.",
        "The talks began immediately after the election of the new president.",
        "",
        "immediately after",
    ),
    (
        FlagKind.NAME,
        "The offer came in 2023, when Putin sent signals that he was ready.",
        "The offer came in 2023, when Russia sent signals that it was ready.",
        "Putin",
        "Russia",
    ),
    (
        FlagKind.NAME,
        "The deal was signed in Paris on Monday.",
        "The deal was signed at a Berlin hotel on Monday.",
        "Paris",
        "Berlin",
    ),
    (
        FlagKind.QUOTE,
        'He described the plan as "a second track" for talks.',
        'He described the plan as "a second-tier channel" for talks.',
        "second track",
        "second-tier",
    ),
    (
        FlagKind.QUOTE,
        "Many details remain unclear, including the agendas and who attended the meetings.",
        '"Many details remain unclear, including the agendas and who attended the meetings,"'
        " the agency wrote.",
        "Many details",
        "Many details",
    ),
    (
        FlagKind.ATTRIBUTION,
        "One source suggested that the talks had lost relevance.",
        "A Western media source suggested that the talks had lost relevance.",
        "One source",
        "Western media source",
    ),
    (
        FlagKind.ATTRIBUTION,
        "One of the sources described the negotiations as informal.",
        "One of the negotiation participants described the negotiations as informal.",
        "sources",
        "participants",
    ),
    (
        FlagKind.CERTAINTY,
        "The minister may resign next month, aides said.",
        "The minister will resign next month, aides said.",
        "may",
        "will",
    ),
    (
        FlagKind.CERTAINTY,
        "The suspect allegedly fired two shots at the crowd.",
        "The suspect fired two shots at the crowd.",
        "allegedly",
        "",
    ),
    (
        FlagKind.CERTAINTY,
        "The government did confirm the report on Monday.",
        "The government did not confirm the report on Monday.",
        "",
        "not",
    ),
]


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize(("kind", "left", "right", "lfrag", "rfrag"), FLAGGED)
def test_fact_change_is_flagged(kind, left, right, lfrag, rfrag, swap):
    if swap:
        left, right, lfrag, rfrag = right, left, rfrag, lfrag
    found = [f for f in flags(left, right) if f.kind is kind]
    assert found, f"no {kind.value} flag"
    f = found[0]
    assert f.left.text == left[f.left.start : f.left.end]
    assert f.right.text == right[f.right.start : f.right.end]
    assert lfrag in f.left.text or (not lfrag and f.left.text.strip(" ,.") in left)
    assert rfrag in f.right.text or (not rfrag and f.right.text.strip(" ,.") in right)
    assert f.note


NOT_FLAGGED = [
    (
        "number moved in the sentence",
        "In 2023, 12 people were hurt in the blast.",
        "12 people were hurt in the blast in 2023.",
    ),
    (
        "number in words and digits",
        "Three sources said the talks failed.",
        "3 sources said the talks failed.",
    ),
    (
        "amount written two ways",
        "The fund lost $13.7 billion.",
        "The fund lost 13.7 billion dollars.",
    ),
    (
        "day and month order",
        "The vote took place on 5 November.",
        "The vote took place on November 5.",
    ),
    (
        "abbreviated month",
        "Talks were held on Feb. 18 in Riyadh.",
        "Talks were held on February 18 in Riyadh.",
    ),
    (
        "curly and straight quotes",
        'He called it "a dictator" on Friday.',
        "He called it “a dictator” on Friday.",
    ),
    (
        "synonym changes no fact",
        "Officials held secret talks in Geneva.",
        "Officials held confidential talks in Geneva.",
    ),
    (
        "qualified vague quantity",
        "At least several advisers knew of the talks.",
        "Several advisers knew of the talks.",
    ),
    (
        "vague times alike",
        "They met in recent months in Geneva.",
        "They met over the past few months in Geneva.",
    ),
    (
        "title added to a name",
        "Trump said the talks were useful.",
        "President Donald Trump said the talks were useful.",
    ),
    (
        "country and demonym",
        "Officials from Russia attended the talks.",
        "Russian officials attended the talks.",
    ),
    (
        "unnamed added to sources",
        "Three sources said the meeting took place.",
        "Three unnamed sources said the meeting took place.",
    ),
    (
        "names dropped and added in a sentence rewritten as a whole",
        "Envoys from France met trade officials in Madrid to discuss shipping routes across"
        " the region.",
        "Shipping routes across the region were discussed by trade officials and envoys of"
        " Olaf Scholz.",
    ),
    (
        "a scale glued or spelled",
        "The firm made $5m last year.",
        "The firm made 5 million dollars last year.",
    ),
    ("billions glued or spelled", "The deal is worth $2bn.", "The deal is worth $2 billion."),
    ("half a million in digits", "It was fined half a million dollars.", "It was fined $500,000."),
    (
        "the most as a superlative",
        "It was the most important vote.",
        "It was a very important vote.",
    ),
    ("a count for plural sources", "It ended, officials said.", "It ended, three officials said."),
    (
        "one kind of source",
        "It was called off, the company said.",
        "It was called off, the firm said.",
    ),
    ("officials and authorities", "It ended, officials said.", "It ended, authorities said."),
    ("one half is half", "Half of them backed it.", "One half of them backed it."),
    ("an ordinal as a count", "The team won in the second round.", "The team won in round two."),
    ("a common word opening a sentence", "Critics said it failed.", "Many said it failed."),
    ("the same speaker", "Biden said the talks had failed.", "Biden said the talks had stalled."),
    (
        "a country and its people",
        "Weak demand in China hit prices.",
        "Weak Chinese demand hit prices.",
    ),
    (
        "an acronym with dots in a name",
        "The U.N. Security Council met on Monday.",
        "The UN Security Council met on Monday.",
    ),
    ("trillions in words", "The fund holds 2 trillion yen.", "The fund holds two trillion yen."),
    ("a range and its years", "It covers 2023-2024.", "It covers 2023 and 2024."),
    ("a full name and a surname", "Donald Trump said it failed.", "Trump said it failed."),
    # Precision, from an audit of the seeds' flags: no claim denied, counts that say who.
    (
        "an idiom with not",
        "It is unclear whether the envoys were sent by their governments.",
        "It is unclear whether or not the envoys were sent by their governments.",
    ),
    (
        "a negation of another statement",
        "Zelensky criticised the talks in Riyadh on Tuesday, officials said.",
        "Zelensky said Ukraine would not take part in the talks in Riyadh, officials said.",
    ),
    (
        "that there was at least one",
        "Two sources said at least one meeting took place in Geneva.",
        "Two sources said the meetings took place in Geneva.",
    ),
    ("the two sides", "The delegations met in Geneva.", "The two sides met in Geneva."),
    (
        "a quoted term with an ordinal or a count",
        'One source called the talks a "second track" of diplomacy.',
        'One source called the talks a "Track Two" of diplomacy.',
    ),
    (
        "a named speaker and their title",
        "Foreign Minister Sergei Lavrov said Moscow would respond.",
        "The foreign minister said Moscow would respond.",
    ),
    (
        "an outlet and the sources it relays",
        "The talks went on, Reuters reported.",
        "The talks went on, sources said.",
    ),
    (
        "an outlet citing its sources",
        "The talks went on, Reuters reported, citing three sources.",
        "The talks went on, three sources said.",
    ),
    ("an ordinal said once", "He first said the talks failed.", "He said the talks failed."),
    ("a year in its decade", "The war began in the 1990s.", "The war began in 1994."),
    ("a year and a part of it", "The plant opens in mid-2023.", "The plant opens in 2023."),
    ("a time in 12 and 24 hours", "The polls close at 15:00.", "The polls close at 3 p.m."),
    ("a time with and without dots", "The polls close at 3 p.m.", "The polls close at 3pm."),
    ("nobody is no one", "Police said no one was hurt.", "Police said nobody was hurt."),
    (
        "an acronym and its name",
        "The report was published by the WHO on Monday.",
        "The report was published by the World Health Organization on Monday.",
    ),
    (
        "an acronym with dots",
        "The report was published by the U.N. on Monday.",
        "The report was published by the United Nations on Monday.",
    ),
    (
        "a name and the name it holds",
        "The plan was drafted by Donald Trump's team in Florida.",
        "The plan was drafted by Trump's team in Florida.",
    ),
    (
        "one body named two ways",
        "The US National Security Council met on Monday, officials said.",
        "The White House National Security Council met on Monday, officials said.",
    ),
    (
        "a title dropped",
        "Foreign Minister Sergei Lavrov said the talks went well.",
        "Sergei Lavrov said the talks went well.",
    ),
    ("no changes", "Nothing changed here on 5 May 2024.", "Nothing changed here on 5 May 2024."),
]


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize(("case", "left", "right"), NOT_FLAGGED, ids=[c[0] for c in NOT_FLAGGED])
def test_no_fact_change_is_not_flagged(case, left, right, swap):
    if swap:
        left, right = right, left
    assert flags(left, right) == (), case


# A count changed in a source phrase ("three sources" / "four sources") changes who says
# it: an attribution flag, not a number flag. Numbers alone trigger such a change, and the
# source phrase must still claim its count (facts_inventory) and be flagged (facts).
COUNTS_IN_SOURCES = [
    # (left, right, left fragment, right fragment)
    ("The talks went on, three sources said.", "The talks went on, 4 sources said.", "three", "4"),
    (
        "The talks went on, according to three sources.",
        "The talks went on, according to four sources.",
        "three sources",
        "four sources",
    ),
    (
        "The talks went on, three unnamed Western sources told Reuters on Monday.",
        "The talks went on, four unnamed Western sources told Reuters on Monday.",
        "three unnamed Western sources",
        "four unnamed Western sources",
    ),
    (
        "The plan, three unnamed sources told Reuters, was dropped.",
        "The plan, four unnamed sources told Reuters, was dropped.",
        "three unnamed sources",
        "four unnamed sources",
    ),
    (
        "Two of the officials said the talks went on.",
        "Three of the officials said the talks went on.",
        "Two",
        "Three",
    ),
]


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize(("left", "right", "lfrag", "rfrag"), COUNTS_IN_SOURCES)
def test_a_count_changed_in_a_source_phrase_is_an_attribution_change(
    left, right, lfrag, rfrag, swap
):
    one_flag(left, right, FlagKind.ATTRIBUTION, lfrag, rfrag, swap)


def test_a_changed_word_next_to_a_counted_source_is_no_attribution_change():
    """Only a changed count makes a source phrase found for the numbers' sake a flag."""
    left = "The talks went on, 12 people said, and three sources confirmed it."
    right = "The talks went on, 12 people said, and three sources later confirmed it."
    assert flags(left, right) == ()


@pytest.mark.parametrize(
    ("left", "right", "lfrag", "rfrag"),
    [
        (
            "Two rounds were held, according to people familiar with the talks.",
            "Three rounds were held, according to people familiar with the talks.",
            "Two",
            "Three",
        ),
        (
            "He said three rounds of talks were held, sources said.",
            "He said four rounds of talks were held, sources said.",
            "three",
            "four",
        ),
    ],
)
def test_a_number_before_a_source_phrase_is_still_a_number(left, right, lfrag, rfrag):
    found = [f for f in flags(left, right) if f.kind is FlagKind.NUMBER]
    assert [(f.left.text, f.right.text) for f in found] == [(lfrag, rfrag)]


@pytest.mark.parametrize(
    ("left", "right", "lfrag", "rfrag"),
    [
        (
            "The talks began on Tuesday in Riyadh.",
            "The talks began on Thursday in Riyadh.",
            "Tuesday",
            "Thursday",
        ),
        (
            "The talks began in March, officials said.",
            "The talks began in April, officials said.",
            "March",
            "April",
        ),
        (
            "The talks began on Sept. 5 in Riyadh.",
            "The talks began on Oct. 5 in Riyadh.",
            "Sept. 5",
            "Oct. 5",
        ),
    ],
)
def test_a_month_or_weekday_swapped_alone_is_a_date_change(left, right, lfrag, rfrag):
    """No digit or time word changed: the changed word's first letters make it a date."""
    found = [f for f in flags(left, right) if f.kind is FlagKind.DATE]
    assert [(f.left.text, f.right.text) for f in found] == [(lfrag, rfrag)]


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
def test_a_dropped_negation_is_flagged_beside_numbers_added_in_its_place(swap):
    """One change drops "not" and adds an age: both facts need a flag.

    The numbers added show the words "was not" as what stands in their place, and the
    negation dropped shows the added words; neither may hide the other.
    """
    left = "Police said the man was not armed when officers shot him in the street."
    right = (
        "Police said the man, a 34-year-old father of two from the town, was armed when"
        " officers shot him in the street."
    )
    if swap:
        left, right = right, left
    found = flags(left, right)
    negation = [f for f in found if f.kind is FlagKind.CERTAINTY]
    assert len(negation) == 1
    assert (negation[0].right if swap else negation[0].left).text == "not"
    added = {(f.right if not swap else f.left).text for f in found if f.kind is FlagKind.NUMBER}
    assert added == {"34", "two"}


def test_two_quotations_made_plain_text_in_one_sentence_are_two_flags():
    left = (
        '"The talks were useful and frank," the envoy said.'
        ' "They were a real first step toward peace," she added.'
    )
    right = "The envoy said the talks were useful and frank and a real first step toward peace."
    found = flags(left, right)
    assert [f.kind for f in found] == [FlagKind.QUOTE, FlagKind.QUOTE]
    assert [f.left.text for f in found] == [
        '"The talks were useful and frank,"',
        '"They were a real first step toward peace,"',
    ]
    assert found[0].right == found[1].right


@pytest.mark.parametrize("swap", [False, True])
def test_a_quotation_cut_whole_is_dropped_against_the_place_it_stood(swap):
    left = 'The governor said the dam was safe. "There is no risk of collapse," he added.'
    right = "The governor said the dam was safe."
    found = flags(right, left) if swap else flags(left, right)
    assert [f.kind for f in found] == [FlagKind.QUOTE]
    quote, place = (found[0].right, found[0].left) if swap else (found[0].left, found[0].right)
    assert quote.text == '"There is no risk of collapse,"'
    assert (place.start, place.text) == (len(right), "")
    assert found[0].note.startswith("quotation added" if swap else "quotation dropped")


def test_a_quotation_missing_from_the_pair_but_elsewhere_in_the_article_is_not_dropped():
    """Pairs are flagged one by one: a quote the other outlet moved to another paragraph,
    which the aligner linked apart, stands in that document and was not dropped."""
    left = '"We made a promise to working people," Starmer said in Leeds. Taxes will not rise.'
    right = "Taxes will not rise, Starmer said in Leeds."
    elsewhere = right + '\n\nEarlier he said: "We made a promise to working people."'
    assert [f.kind for f in flags(left, right)] == [FlagKind.QUOTE]
    assert find_flags(left, right, word_changes(left, right), (left, elsewhere)) == ()


def test_a_speaker_named_alone_carries_the_titles_the_article_gives_them():
    """ "Tusk told reporters" and "the prime minister said" are one speaker when the
    article calls him "Prime Minister Donald Tusk", even in another paragraph."""
    left = '"The situation is dramatic," Tusk told reporters in Klodzko.'
    right = '"The situation is dramatic," the prime minister said in Klodzko.'
    lead = "Floods hit Poland, Prime Minister Donald Tusk said on Monday.\n\n"
    changes = word_changes(left, right)
    assert [f.kind for f in find_flags(left, right, changes)] == [FlagKind.QUOTE]
    assert find_flags(left, right, changes, (lead + left, lead + right)) == ()


def test_a_number_moved_to_another_paragraph_of_the_other_article_is_not_dropped():
    """Pairs are flagged one by one: a clause moved into a paragraph the aligner linked
    apart still stands in the article."""
    left = "Floods forced about 120,000 people from their homes in the region on Sunday."
    right = "Floods forced many people from their homes in the region on Sunday."
    later = "\n\nOfficials said the floods had forced about 120,000 people from the region."
    changes = word_changes(left, right)
    assert [f.kind for f in find_flags(left, right, changes)] == [FlagKind.NUMBER]
    assert find_flags(left, right, changes, (left, right + later)) == ()


@pytest.mark.parametrize(
    ("left", "right", "later"),
    [
        (  # written in words here, in digits there
            "She pleaded not guilty to six counts of fraud at the crown court on Monday.",
            "She pleaded not guilty at the crown court on Monday.",
            "She denied 6 counts of fraud.",
        ),
        (  # an amount written out there
            "She is accused of defrauding a housing charity of £3.2 million over five years.",
            "She is accused of defrauding a housing charity over five years.",
            "Prosecutors said she took £3,200,000 from the housing charity.",
        ),
        (  # a share said of the same subject in other words
            "Nordvik reported a 12% rise in quarterly sales on Tuesday, beating forecasts.",
            "Nordvik reported a rise in quarterly sales on Tuesday, beating forecasts.",
            "Quarterly sales climbed 12% to 4.2 billion euros.",
        ),
        (  # an age told as an apposition and as an adjective
            "Helen Marsh, 52, of Stockport, is alleged to have moved the money.",
            "Helen Marsh of Stockport is alleged to have moved the money.",
            "Helen Marsh, a 52-year-old former director from Stockport, denied fraud.",
        ),
        (  # a figure this exact, said elsewhere in other words
            "The pass rate was up from 82.9% in 2023, the minister said on Monday.",
            "The pass rate was up, the minister said on Monday.",
            "It rose to 87.3 per cent in 2024, from 82.9 per cent a year earlier.",
        ),
        (  # an age told after the same name in another paragraph
            '"I was lucky in the first game," Mehta, 21, told reporters after the final.',
            '"I was lucky in the first game," he told reporters after the final.',
            "Mehta, 21, beat Dahl in the playoff with black.",
        ),
        (  # an age that names someone, told after the name in another paragraph
            "The 22-year-old scored twice in the final on Sunday.",
            "He scored twice in the final on Sunday.",
            "Mendonça, 22, joined the club from Braga in 2021.",
        ),
        (  # the same count, told with an auxiliary there
            "The national emergency centre said 312 homes were damaged and 46 uninhabitable.",
            "The national emergency centre said 46 of the damaged homes are uninhabitable.",
            "At least seven people were killed and 312 homes damaged, authorities said.",
        ),
    ],
    ids=[
        "words-digits",
        "amount-written-out",
        "share-other-words",
        "age",
        "exact-decimal",
        "age-after-name",
        "age-names-someone",
        "auxiliary",
    ],
)
def test_a_number_worded_another_way_in_another_paragraph_is_not_dropped(left, right, later):
    changes = word_changes(left, right)
    assert [f.kind for f in find_flags(left, right, changes)] == [FlagKind.NUMBER]
    assert find_flags(left, right, changes, (left, right + "\n\n" + later)) == ()


@pytest.mark.parametrize(
    "later",
    [
        "Rescuers said on Feb. 21 that the old roof of the school had collapsed.",  # a day
        "Rescuers said 2.5 tonnes of the old roof had collapsed onto the school.",  # a decimal
        "Quarterly profit climbed 12% to 4.2 billion euros.",  # another subject
        "Exports fell 2.5% in the year, customs data showed.",  # a decimal too plain
    ],
    ids=["a-day", "a-decimal", "another-subject", "plain-decimal"],
)
def test_a_number_worded_another_way_must_say_the_same_subject(later: str) -> None:
    for left, right in (
        (
            "Rescuers said 21 people died when the old roof of the school collapsed.",
            "Rescuers said people died when the old roof of the school collapsed.",
        ),
        (
            "Rescuers said 2 people died when the old roof of the school collapsed.",
            "Rescuers said people died when the old roof of the school collapsed.",
        ),
        (
            "Nordvik reported a 12% rise in quarterly sales on Tuesday, beating forecasts.",
            "Nordvik reported a rise in quarterly sales on Tuesday, beating forecasts.",
        ),
        (
            "Nordvik said sales rose 2.5% on Tuesday, beating forecasts.",
            "Nordvik said sales rose on Tuesday, beating forecasts.",
        ),
    ):
        changes = word_changes(left, right)
        found = find_flags(left, right, changes, (left, right + "\n\n" + later))
        assert [f.kind for f in found] == [FlagKind.NUMBER], (left, later)


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Snow fell for 12 hours.",  # the same number counting something else
        "Rescuers said 12 people were injured.",  # the same count, another statement
    ],
)
def test_a_number_dropped_is_flagged_when_the_article_states_it_only_for_something_else(
    elsewhere,
):
    left = "Rescuers said 12 people died when the roof collapsed."
    right = "Rescuers said people died when the roof collapsed."
    changes = word_changes(left, right)
    flagged = find_flags(left, right, changes, (left, right + "\n\n" + elsewhere))
    assert [f.kind for f in flagged] == [FlagKind.NUMBER]


@pytest.mark.parametrize(
    ("speaker", "article"),
    [
        ("Trump", "Former President Donald Trump attacked President Joe Biden."),
        ("Jaroslaw Kaczynski", "President Lech Kaczynski's twin brother, Jaroslaw Kaczynski"),
        ("Kaczynski", "Prime Minister Beata Szydlo and Prime Minister Jaroslaw Kaczynski"),
    ],
)
def test_a_speaker_never_borrows_a_past_title_or_a_namesakes(speaker, article):
    """A title the article gives someone else, or gave the speaker once, is not theirs."""
    left = f'"We will not give up," {speaker} said.'
    right = '"We will not give up," the president said.'
    if speaker == "Kaczynski":  # two Kaczynskis would be ambiguous; here one and a title
        right = '"We will not give up," the prime minister said.'
        article = "President Lech Kaczynski and his brother Jaroslaw Kaczynski."
    lead = article + "\n\n"
    found = find_flags(left, right, word_changes(left, right), (lead + left, lead + right))
    assert [f.kind for f in found] == [FlagKind.QUOTE]


def test_a_negation_is_not_looked_for_elsewhere_in_the_article():
    left = "The minister did not sign the decree on Monday."
    right = "The minister signed the decree on Monday."
    elsewhere = right + "\n\nThe minister did not sign the decree, a spokesman said later."
    flagged = find_flags(left, right, word_changes(left, right), (left, elsewhere))
    assert [f.kind for f in flagged] == [FlagKind.CERTAINTY]


def test_a_source_described_with_a_country_is_one_flag():
    """ "a senior U.S. official" is one source phrase: no separate name flag on "U.S."."""
    found = flags(
        "The plan was dropped, a senior U.S. official said.",
        "The plan was dropped, a European diplomat said.",
    )
    assert [(f.kind, f.left.text, f.right.text) for f in found] == [
        (FlagKind.ATTRIBUTION, "a senior U.S. official", "a European diplomat")
    ]


def test_no_changes_means_no_flags():
    assert find_flags("3 people died.", "22 people died.", ()) == ()


def test_offsets_stay_relative_to_each_side_in_joined_blocks():
    left = "Intro paragraph here.\n\nPolice said 3 people died."
    right = "Police said 22 people died."
    (f,) = [f for f in flags(left, right) if f.kind is FlagKind.NUMBER]
    assert left[f.left.start : f.left.end] == "3"
    assert right[f.right.start : f.right.end] == "22"


NEWS_WORDS = (
    "Police said 3 22 people died at least about $13.7 billion last week days ago in 2023"
    " on 5 November Nov. 6 Putin Russia sources officials one of the according to may will"
    ' not allegedly unclear “a second track” "quoted words" « » , . ; \n\n'
    " Синоптики сообщили повідомив очільник ОВА Олег Кіпер нібито 5 грудня — заявив"
).split(" ")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=40),
    st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=40),
)
def test_flags_always_point_into_their_texts(left_words, right_words):
    """Whatever the texts, flags never crash and their spans are real ranges of each side."""
    left, right = " ".join(left_words), " ".join(right_words)
    for f in flags(left, right):
        assert 0 <= f.left.start <= f.left.end <= len(left)
        assert 0 <= f.right.start <= f.right.end <= len(right)
        assert f.left.text == left[f.left.start : f.left.end]
        assert f.right.text == right[f.right.start : f.right.end]
        assert f.note


def test_changes_out_of_order_give_the_same_flags():
    left = "Police said 3 people died on Monday, officials said."
    right = "Police said 22 people died on Tuesday, officials said."
    changes = word_changes(left, right)
    assert find_flags(left, right, tuple(reversed(changes))) == find_flags(left, right, changes)


@pytest.mark.parametrize("swap", [False, True])
def test_a_dropped_number_never_points_at_a_number_kept_on_both_sides(swap: bool) -> None:
    """ "about 35 kilometers" left out beside a kept "60 kilometers": the flag's other side
    is where the words stood, not "about 60 kilometers", which would read as 35 -> 60."""
    left = (
        "The quake hit at a depth of about 35 kilometers, roughly 60 kilometers southeast "
        "of Huancayo."
    )
    right = "The quake struck about 60 kilometers southeast of Huancayo."
    if swap:
        left, right = right, left
    (flag,) = find_flags(left, right, word_changes(left, right))
    dropped, instead = (flag.right, flag.left) if swap else (flag.left, flag.right)
    assert flag.kind is FlagKind.NUMBER and dropped.text == "about 35 kilometers"
    assert "60" not in instead.text


@pytest.mark.parametrize(
    ("left", "right", "how"),
    [
        (  # a word-for-word part of the quote: flagged (the rest may have qualified it)
            'Coach Thorir Hergeirsson was gracious. "Spain deserved it today. They were better '
            'in the decisive moments," he said.',
            'Coach Thorir Hergeirsson said Spain "deserved it today."',
            "quotation cut",
        ),
        (  # an ellipsis: the words left stand in the same order
            '"The pumps are working, and I want to thank the crews who kept them running, and '
            'the levees are holding," he said.',
            '"The pumps are working ... and the levees are holding," he said.',
            "quotation cut",
        ),
        (
            'The minister said: "We will not veto the package, but we will not support it."',
            'The minister said: "We will not veto the package, but we will support it."',
            "quoted text changes",
        ),
    ],
)
def test_a_quote_cut_to_a_part_of_it_says_so(left: str, right: str, how: str) -> None:
    (flag,) = find_flags(left, right, word_changes(left, right))
    assert flag.kind is FlagKind.QUOTE and flag.note.startswith(how + ":")
    (back,) = find_flags(right, left, word_changes(right, left))
    back_how = "quotation extended" if how == "quotation cut" else how
    assert back.note.startswith(back_how + ":")
    if how == "quotation cut":  # the note says what the cut left out
        assert "leaving out '" in flag.note and "adding '" in back.note


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a duration added beside a date read two ways ("05/11/2024": May 11 or November 5)
        (
            "The report was published on 05/11/2024.",
            "The week-long report was published on 05/11/2024.",
        ),
        # a body's noun opening a compound ("court-appointed") is no body
        ("A court-appointed lawyer said so.", "A state court-appointed lawyer said so."),
        # a date at the end of the calendar, counted on from
        (
            "It began on Dec. 31, 9999, and ended the following day.",
            "It began on Dec. 31, 9999, and ended on Jan. 1.",
        ),
        # a titled English speaker against a Cyrillic body as a source (their keys' titles
        # were a set on one side and a tuple on the other)
        (
            "Governor Elena Marsh told reporters.",
            "Elena Синоптики сообщили Marsh told reporters.",
        ),
    ],
)
def test_odd_inputs_found_by_fuzzing_give_flags_not_errors(left: str, right: str) -> None:
    for a, b in ((left, right), (right, left)):
        assert isinstance(find_flags(a, b, word_changes(a, b)), tuple)


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize(
    ("left", "right", "count", "rank"),
    [
        (
            "Quist, 24, finished well clear of Oyelaran, who ran 53.47 seconds.",
            "Quist finished well clear, with Oyelaran a distant second in 53.47 seconds.",
            "24",
            "second",
        ),
        (
            "A sellout crowd of 18,450 fell quiet as the visitors pulled away in the fourth"
            " quarter.",
            "The visitors pulled away early in the fourth, and the crowd fell quiet.",
            "18,450",
            "fourth",
        ),
        (
            "Shares jumped 27 percent on their first day of trading on Wednesday.",
            "Shares climbed 27 percent on Wednesday in a year in which only 14 companies have"
            " listed.",
            "first",
            "14",
        ),
    ],
)
def test_a_count_and_a_rank_in_two_changes_are_no_one_number(left, right, count, rank, swap):
    """An age, a crowd or a tally is no place in a race, a quarter or a first day: told in
    changes apart, a count and an ordinal are two facts, never one changed number."""
    if swap:
        left, right = right, left
    for f in find_flags(left, right, word_changes(left, right)):
        assert not ({f.left.text, f.right.text} >= {count, rank}), f.note


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
def test_a_count_made_a_rank_in_one_change_is_one_number(swap):
    left = "The champions were knocked out in round two on Saturday."
    right = "The champions were knocked out in the third round on Saturday."
    if swap:
        left, right = right, left
    (flag,) = find_flags(left, right, word_changes(left, right))
    assert {flag.left.text, flag.right.text} == {"two", "third"}


# Two figures of different sorts, one dropped and one added in changes apart: (left,
# right, the figure dropped, the figure added).
TWO_FACTS_APART = [
    pytest.param(
        "Valcheva won the final, which lasted two hours and 41 minutes, on Sunday.",
        "Valcheva, 22, won the final on Sunday.",
        "two hours and 41 minutes",
        "22",
        id="an age is no length of time",
    ),
    pytest.param(
        "Irina Valcheva won the Port Averne Open on Sunday, beating Sofia Marquand in a"
        " final that lasted two hours and 41 minutes.",
        "Irina Valcheva, 22, beat Sofia Marquand on Sunday to capture the Port Averne"
        " Open, her second career title.",
        "two hours and 41 minutes",
        "22",
        id="an age in a retold lede is no length of time",
    ),
    pytest.param(
        "The company said it was too early to estimate the impact on its annual production"
        " target of 1.2 million tonnes.",
        "The company's shares sank 7.4 percent, and it said it was too early to estimate the"
        " impact on its production.",
        "1.2 million tonnes",
        "sank 7.4 percent",
        id="a share is never an amount",
    ),
    pytest.param(
        "Workers restored water to 186 homes on Tuesday, the city utility said on its website.",
        "The city utility said on its website that repairs to the main would cost $1.4 million.",
        "186",
        "$1.4 million",
        id="a count is no sum of money",
    ),
]


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize(("left", "right", "dropped", "added"), TWO_FACTS_APART)
def test_figures_of_different_sorts_in_two_changes_are_two_facts(left, right, dropped, added, swap):
    """A bare count (an age, a tally) is no length of time and no sum of money, and a share
    is of something, never an amount of it: told in changes apart, the one dropped and the
    other added are two flags, never one changed number."""
    if swap:
        left, right = right, left
    notes = sorted(f.note for f in find_flags(left, right, word_changes(left, right)))
    gone, new = ("added", "dropped") if swap else ("dropped", "added")
    assert notes == sorted([f"'{dropped}' {gone}", f"'{added}' {new}"])
