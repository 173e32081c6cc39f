"""A speaker told by nationality ("the Russian said") points back to a person named before.

Sports and wire copy name a player once and then say "the Spaniard", "the 27-year-old" or
"the Briton": '"...," Petrova said' retold '"...," the Russian said' keeps the speaker. A
nationality is capitalised, so it reads as a name; after "the" and alone before its verb,
it is a description of someone, like "the striker", and no source of its own.
"""

from __future__ import annotations

import re

from viewer.engine.facts_numbers import Item

__all__ = ["DEMONYMS", "told_by_nationality"]

DEMONYMS = frozenset(
    """
    afghan albanian algerian american argentine argentinian armenian australian austrian
    azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian briton british
    bulgarian cameroonian canadian chilean chinese colombian croat croatian cuban cypriot
    czech dane dutchman ecuadorian egyptian englishman estonian ethiopian filipino finn
    frenchman georgian german ghanaian greek hungarian icelander indian indonesian iranian
    iraqi irishman israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean
    kosovar latvian lebanese libyan lithuanian macedonian malaysian mexican moldovan
    montenegrin moroccan nigerian norwegian pakistani palestinian paraguayan peruvian pole
    portuguese romanian russian saudi scot scotsman senegalese serb serbian singaporean
    slovak slovakian slovene slovenian somali spaniard sudanese swede swiss syrian
    taiwanese tanzanian thai tunisian turk ugandan ukrainian uruguayan uzbek venezuelan
    vietnamese welshman yemeni zambian zimbabwean dutchwoman englishwoman frenchwoman
    irishwoman scotswoman welshwoman
    """.split()
)
_THE_BEFORE = re.compile(r"\bthe[ \u00a0]+$", re.IGNORECASE)


def told_by_nationality(text: str, source: Item) -> bool:
    """Whether a named source is one nationality after "the" ("the Russian said")."""
    return (
        source.text.lower() in DEMONYMS
        and _THE_BEFORE.search(text, max(0, source.start - 5), source.start) is not None
    )
