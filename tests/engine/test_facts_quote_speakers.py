"""Who speaks each quotation (facts_quote_speakers): the clause that says it."""

from __future__ import annotations

import pytest

from viewer.engine.facts_names import KnownNames
from viewer.engine.facts_quote_speakers import _speakers
from viewer.engine.facts_quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"It is a betrayal," Baker said. "It is a plan," Shah said.', [["Baker"], ["Shah"]]),
        ('"It is a betrayal," said Baker.', [["Baker"]]),
        ('Baker said the budget was "a betrayal of the north".', [["Baker"]]),
        (  # each quotation to the speaker of its own clause
            'Tom Baker said it was "a betrayal", while Nina Shah called it "a responsible plan".',
            [["Tom Baker"], ["Nina Shah"]],
        ),
        (  # an affiliation belongs to the speaker's phrase
            'Professor Sarah Gilbert of the University of Oxford said: "It works."',
            [["Professor Sarah Gilbert", "University of Oxford"]],
        ),
        (
            '"It works," said Harlow Bank chair Sir Anthony Blake.',
            [["Harlow Bank", "Sir Anthony Blake"]],
        ),
        ('The word "betrayal" appeared in Baker\'s speech.', [[]]),  # nobody says it
    ],
)
def test_each_quotation_gets_the_names_of_the_clause_that_says_it(
    text: str, speakers: list[list[str]]
) -> None:
    quotes = extract_quotes(text)
    found = dict(_speakers(text, quotes, KnownNames(text)))
    assert [[n.text for n in found.get(id(q), [])] for q in quotes] == speakers
