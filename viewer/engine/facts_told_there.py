"""Whether a fact added or dropped beside a similar sentence is told there all the same.

A hedge, a negation or a number with no partner on the other side is flagged as added or
dropped (facts_pairing) unless the other side's most similar sentence says the same in
other words: the same words stand there, what a negation denies is not said there at all,
"had no power" is "were without power", "strong winds are expected" is "warned of strong
winds", "accused of" is contested by "pleaded not guilty".
"""

from __future__ import annotations

import re

from viewer.engine.facts_context import Side
from viewer.engine.facts_lexicon import STOP
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

__all__ = ["no_loss_there"]

_NEXT_WORD = re.compile(r"[^\w]*([\w’'-]+)")
_CONTENT = re.compile(r"[^\W\d_]{3,}")
_FORECAST = re.compile(r"expect|forecast|ожида|очіку|прогноз", re.IGNORECASE)
_WARNED = re.compile(r"\b(?:warn|предупреди|предупрежда|попереди|попереджа)\w*", re.IGNORECASE)
_SINGLE = re.compile(r"\b(?:a|one|just\s+one)\s+(?:single|lone|sole)\b", re.IGNORECASE)
_WITHOUT = re.compile(r"\b(?:without|lacked|lacking|lack of|без)\b", re.IGNORECASE)
# Verbs whose past is no form of their present by its first letters: "did not meet" denies
# what "met" tells. Each past form, then the present it belongs to.
_IRREGULAR = dict(
    pair.split(":")
    for pair in """met:meet won:win lost:lose made:make held:hold took:take taken:take gave:give
    given:give paid:pay sold:sell bought:buy told:tell went:go gone:go came:come found:find
    kept:keep left:leave saw:see seen:see shot:shoot struck:strike fought:fight fell:fall
    fallen:fall rose:rise risen:rise grew:grow grown:grow knew:know known:know thought:think
    brought:bring built:build sent:send spent:spend led:lead meant:mean began:begin
    begun:begin broke:break broken:break chose:choose chosen:choose drew:draw drawn:draw
    drove:drive driven:drive flew:fly flown:fly hid:hide hidden:hide caught:catch
    sought:seek taught:teach spoke:speak spoken:speak stood:stand stole:steal stolen:steal
    threw:throw thrown:throw wrote:write written:write withdrew:withdraw withdrawn:withdraw
    understood:understand ran:run sank:sink sunk:sink sat:sit slept:sleep swore:swear
    sworn:swear wore:wear worn:wear woke:wake bore:bear borne:bear forgave:forgive
    forgot:forget froze:freeze frozen:freeze heard:hear felt:feel dealt:deal""".split()
)


def no_loss_there(item: Item, side: Side, other: Side, index: int) -> bool:
    """Whether sentence ``index`` of ``other`` tells what ``item`` (added or dropped on
    ``side``) says, or says nothing it could change."""
    s, e = other.sentence_span(index)
    nxt = _NEXT_WORD.match(side.text, item.end)
    if _says_word_for_word(other.text, s, e, item.text + (nxt.group() if nxt else "")):
        return True  # the same words stand there, and the word after them: nothing was lost
    if item.key == ("certainty", "negation") and not _negated_there(side, item, other, index):
        return True  # what the negation denies is not said there: another statement
    if item.text.lower() in ("no", "не") and _lack_told_there(item, side, other, s, e):
        return True  # "had no power" is "were without power": a lack, told two ways
    if _FORECAST.search(item.text) and _WARNED.search(other.text, s, e):
        return True  # "strong winds are expected" / "warned of strong winds": a forecast
    if item.key[:2] == ("num", 1.0) and _SINGLE.search(other.text, s, e):
        return True  # "one count of conspiracy" / "a single conspiracy count"
    return item.key == ("certainty", "alleged") and any(
        f.key == ("certainty", "denied") for f in other.facts_in(FlagKind.CERTAINTY, index)
    )  # "accused of defrauding" / "pleaded not guilty to defrauding": contested


def _lack_told_there(item: Item, side: Side, other: Side, s: int, e: int) -> bool:
    """Whether the other sentence tells a lack ("without", "без") that the negation's own
    sentence does not: "had no power" / "were without power" is one fact told two ways."""
    own_s, own_e = side.sentence_span(side.sentence_of(item.start))
    return bool(_WITHOUT.search(other.text, s, e)) and not _WITHOUT.search(side.text, own_s, own_e)


def _says_word_for_word(text: str, start: int, end: int, words: str) -> bool:
    """Whether ``words`` stand as whole words in ``text[start:end]`` (any case)."""
    low, words = text[start:end].lower(), words.lower()
    i = low.find(words)
    while i >= 0:
        j = i + len(words)
        if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
            return True
        i = low.find(words, i + 1)
    return False


def _negated_there(side: Side, item: Item, other: Side, index: int) -> bool:
    """Whether the word a negation denies ("not armed") stands in sentence ``index`` of ``other``.

    A "not" added or dropped changes a statement only if that statement is there too;
    in a sentence that merely resembles it, a negation denies something else. The two
    content words after the negation stand for what it denies ("failed to meet its
    targets": "meet", "targets"), compared by their first five letters.
    """
    words = _CONTENT.findall(side.text, item.end, min(len(side.text), item.end + 80))
    denied = [w.lower()[:5] for w in words if w.lower() not in STOP][:2]  # "yet withdrawn"
    if item.text.lower() == "no":
        denied = denied[:1]  # "showed no reaction as the verdict was read": the reaction
    if not denied:
        return True
    if not other.words_of(index).isdisjoint(denied):
        return True
    s, e = other.sentence_span(index)  # "did not meet its goal" / "met its goal"
    told = {_IRREGULAR.get(w, w)[:5] for w in _CONTENT.findall(other.text[s:e].lower())}
    return not told.isdisjoint(denied)
