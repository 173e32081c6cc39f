"""How sure a text is of its claims: hedges, boosters and negations ("may", "will", "not")."""

from __future__ import annotations

import re

from viewer.engine.facts_cyrillic import CYRILLIC_CERTAINTY
from viewer.engine.facts_hedges import CERTAINTY
from viewer.engine.facts_lexicon import MONTHS, WEEKDAYS, alternation, first_words
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Anchors, Folded, Scan, Touching
from viewer.engine.model import FlagKind

__all__ = [
    "certainty_buckets",
    "certainty_equivalent",
    "certainty_replaces",
    "certainty_touches",
    "extract_certainty",
]

_SPECIAL = frozenset({"may", "will", "n't"})
_CERTAINTY = Folded.of(
    # "found Collins not guilty": whom the verdict clears stands inside the phrase
    r"\bfound\s+(?:[\w'’.-]+\s+){1,3}?not\s+guilty\b"
    # "accused by regulators of manipulating": the accusers inside the phrase
    r"|\baccused\s+by\s+(?:[\w'’.-]+\s+){1,3}?of\b"
    # "cleared Ashdown of murder": of a charge, not "cleared the area of debris"
    r"|\bcleared\s+(?:[\w'’.-]+\s+){1,8}?of(?=\s+(?:all\s+|the\s+|any\s+)?(?:\w+\s+)?(?:charges?|murder"
    r"|manslaughter|wrongdoing|fraud|corruption|rape|assault|misconduct|negligence|treason"
    r"|terrorism|bribery|theft|allegations?|accusations?)\b)"
    rf"|\b(?:{alternation(k for k in CERTAINTY if k not in _SPECIAL)})\b"
    r"|(?<=\w)n[’']t\b|\b(?:may|will)\b"
    # the modal of "won't", "mightn't": "will", "might"; "couldn't" is a plain negation, as
    # "could not" is ("could not verify" = "was unable to verify")
    r"|\b(?:wo|might)(?=n[’']t\b)"
    rf"|\b(?:{alternation(CYRILLIC_CERTAINTY)})(?!\w)"  # Ukrainian and Russian: "нібито", "не"
)
_CONTRACTED = {"wo": "will"}
# "did not clear", "could not clear": the verb "clear", no "unclear".
_AUXILIARY_BEFORE = re.compile(r"\b(?:did|does|do|could|would|will|may|might|to)\s+$", re.I)
_NO_COMPARED = re.compile(r"\s+(?:fewer|less|more|later|earlier)\s+than\b", re.IGNORECASE)
# "without mentioning": a verb denied, as "did not mention" denies it.
_VERB_AFTER = re.compile(r"[ \u00a0]+[a-z]{2,}ing\b")
_ANSWER_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)\"”]|$)")
# "No 4 in the rankings", "world No. 1": a rank, no negation.
_RANK_AFTER = re.compile(r"\.?[ \u00a0]?\d")
# "appeared on television", "appeared Wednesday in the journal": showed up, not seemed.
_SHOWED_UP = re.compile(
    r"\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last\s+\w+"
    r"|this\s+\w+|earlier\s+\w+)\s+)?(?:on|in|at|before|alongside|with)\b",
    re.IGNORECASE,
)
# "appears third with 14%": a place in a ranking (a poll's), not a seeming.
_PLACED = re.compile(
    r"\s+(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
    r"|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
# "No other contest was as close": a superlative told by comparison, no claim denied.
_NO_OTHER_COMPARED = re.compile(
    r"\s+other\b[^.;!?]{0,80}?\b(?:(?:as|so)\s+\w+|\w+er\s+than)\b", re.IGNORECASE
)
_POSSIBLE_IDIOM = re.compile(
    r"\b(?:as|if|where|when|wherever|whenever|every|all|any|most|least|[a-z]+est"
    r"|(?:make|makes|made|making)(?:\s+it)?)\s+$",
    re.IGNORECASE,
)
_IDIOM_BEFORE = re.compile(r"\b(?:or|if)\s+$", re.IGNORECASE)
# "not only", "not least"; "asked not to be named" says why a source is unnamed
_IDIOM_AFTER = re.compile(r"\s+(?:only|just|least|to\s+be\s+(?:named|identified))\b", re.IGNORECASE)
_DENY = frozenset({"deny", "denies", "denied"})
# Someone denied something, or kept from it, not a claim denied: a pronoun with what was
# refused after it ("denied him bail"; "denied them." denies reports), or a name that owns
# nothing and says nothing after it ("a save to deny Haddad"; not "denied Ukraine's
# claims", "denied Smith had resigned", nor "denied Friday", US style for "on Friday").
_NOT_REFUSED = (
    r"in|on|at|and|or|but|to|as|after|before|that|when|which|while|because|outright"
    r"|strongly|flatly|categorically|again|repeatedly|publicly|any|all|everything"
)
_SAYS = r"had|has|was|were|is|are|would|will|could|did|knew|ordered"
_DENIED_SOMEONE = re.compile(
    rf"\s+(?:(?:him|her|them|us|me)\s+(?!(?:{_NOT_REFUSED})\b)[a-z]"
    rf"|(?!(?i:{alternation(WEEKDAYS)}|{alternation(MONTHS)})\b)[A-Z][\w-]*\b(?!['’])"
    rf"(?!\s+(?:{_SAYS})\b))"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|his|her|their)\s+$", re.IGNORECASE)
# "had it not been for the plea", "if it were not for": "but for", no claim denied.
_BUT_FOR_BEFORE = re.compile(r"\b(?:(?:had|were)\s+it|if\s+it\s+(?:had|were))\s+$", re.I)
_BUT_FOR_AFTER = re.compile(r"\s+(?:been\s+)?for\b", re.IGNORECASE)
# A batter's score in cricket: "112 not out" is "an unbeaten 112", no negation.
_NOT_OUT = re.compile(r"\d\s+not\s+out\b(?!\s+of)", re.IGNORECASE)
_CASE_SENSITIVE = frozenset({"may", "will"})
_SUSPECTED_OF = re.compile(r"\s+(?:в|во|у)\s")  # "подозреваемого в поджоге": suspected of
# A bare "expected" is a hedge only as "due" before a time: "an election expected in
# February", "a ruling expected next week"; not "as expected", "larger-than-expected",
# "expected growth".
_AS_EXPECTED = re.compile(r"(?:\b(?:as|than)\s+|-)$", re.IGNORECASE)
# "suspect" is a hedge as a verb ("investigators suspect arson", "police also suspect"),
# not as the noun ("the suspect", "two suspects") or the adjective ("the data is suspect").
_SUSPECTS_WHO = re.compile(
    r"\b(?:(?:i|we|they|you|he|she|who|also|still|strongly|now|may|might|could|would|do|does"
    r"|did|to|police)|(?!(?:this|thus|was|has|his|its|hers|ours|yours|theirs)\s)[a-z]{2,}s)\s+$",
    re.IGNORECASE,
)
# "is due" is a schedule ("is due to arrive", "is due next week"), but "is due to" before a
# noun gives a cause ("is due to the storm", "was due to rising costs").
_CAUSE_AFTER = re.compile(
    r"\s+to\s+(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|[A-Z\d]"
    r"|[a-z]+ing\b)"
)
# A modal in a clause of time or purpose hedges no claim: "before any sale could go ahead",
# "until the rubble could be cleared", "so that residents could return". Not across a
# reported statement ("before the vote that the law could be repealed").
_MODALS = frozenset({"may", "might", "could", "would"})
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:before|until|till|so\s+that|in\s+order\s+that)\s+(?:(?!that\b|which\b|who\b|said\b"
    r"|says\b)[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A figure before "less likely" or "more likely" measures a risk: "47% less likely to
# die", "three times more likely"; without one ("more likely to hit Florida") it hedges.
_COMPARED_BEFORE = re.compile(
    r"(?:(?:\d\s*%|\d\s+(?:percent|per\s+cent)|\btimes|\btwice)\s+(?:less|more)"
    r"|\b(?:twice|times|half)\s+as)\s+$",  # "twice as likely"
    re.IGNORECASE,
)
# A pronoun right before "expected to" makes it an active verb: "said it expected to".
_ACTIVE_SUBJECT = re.compile(r"\b(?:it|he|she|they|we|i|who|which)\s+$", re.IGNORECASE)
_TIME_WORD = (
    rf"(?:\d|(?:{alternation(MONTHS)}|{alternation(WEEKDAYS)}"
    r"|next|this|coming|later|early|late|mid\b|end|weekend|week|month|year|spring|summer"
    r"|autumn|fall|winter|first|second|third|fourth|today|tomorrow|tonight|days|weeks"
    r"|months|hours)\b)"
)
_TIME_AFTER = re.compile(
    rf"\s+(?:(?:in|on|by|within|around|before|at|until|from)\s+(?:the\s+)?{_TIME_WORD}"
    r"|(?:next|later|early|late|this|soon|shortly|tomorrow|today|tonight)\b)",
    re.IGNORECASE,
)


# "couldn't" is the words "couldn" and "t" to the scanner: the contracted modals open too.
_CERTAINTY_ANCHORS = Anchors(
    starts=first_words(CERTAINTY) | first_words(CYRILLIC_CERTAINTY) | {"won", "mightn"},
    marks=("n't", "n’t"),
)
# "не лише" is "not only", "не менше" "no fewer than", "не раз" "more than once": no claim
# is denied.
_CYRILLIC_IDIOM_AFTER = re.compile(
    r"\s+(?:лише|тільки|только|менше|менее|більше|более|раз|ранее|раніше|пізніше|позднее)(?!\w)",
    re.IGNORECASE,
)


# "admitted to hospital", "admitted to intensive care": a patient taken in, no confession.
_ADMITTED = frozenset({"admitted", "admits", "admit", "admitting"})
# What a hospital admits: "admitted 212 injured people", "admitted dozens of patients".
_PATIENTS = re.compile(
    r"\s+(?:(?!that\b)[\w,-]+\s+){0,3}?(?:patients|injured|wounded|casualties)\b"
    r"|\s+\d[\d,]*\s+(?:[\w-]+\s+)?people\b",
    re.IGNORECASE,
)
_CONCEDED = frozenset({"conceded", "concedes", "conceding"})
_LACK = frozenset({"lack", "lacks", "lacked"})
_WHO_BEFORE = re.compile(r"\b(?:who|that)\s+$", re.IGNORECASE)  # a group described
# "had stopped the trial": halted (an act told), not "had stopped paying" (no longer).
_STOPPED_WHAT = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|our|all|this|that|these|those)\b", re.I
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_GOALS_AFTER = re.compile(
    r"\s+(?:twice|once|three\s+times|\d+|(?:\w+\s+){0,2}(?:goals?|penalt(?:y|ies)|tries"
    r"|runs|points|equali[sz]er|own\s+goal|the\s+opener))\b",
    re.IGNORECASE,
)
_TO_CARE = re.compile(
    r"\s+(?:to|into)\s+(?:(?:a|the|an|local|nearby)\s+)?(?:[a-z-]+\s+)??"  # "the regional"
    r"(?:hospitals?|intensive care|icu|clinics?|care|emergency|a&e|the ward|wards?)\b",
    re.IGNORECASE,
)


# "neither" earlier in the same sentence: its "nor" continues the one negation.
_NEITHER_BEFORE = re.compile(r"\bneither\b[^.!?;]*$", re.IGNORECASE)


def extract_certainty(scan: Scan) -> list[Item]:
    """Hedges ("may", "allegedly", "unclear"), boosters ("will") and negations ("not")."""
    out = []
    text = scan.text
    for m in scan.finditer(_CERTAINTY, _CERTAINTY_ANCHORS):
        frag = text[m.start() : m.end()]
        low = frag.lower().replace("’", "'")
        if low in _CASE_SENSITIVE and frag != low:
            continue  # "May" is a month, "Will" a name
        if low.startswith("appear") and (
            _SHOWED_UP.match(text, m.end())
            or _PLACED.match(text, m.end())
            or _ANSWER_AFTER.match(text, m.end())
        ):
            continue  # "appeared on television", "appears third", "a fever appears,"
        if low == "possible" and _POSSIBLE_IDIOM.search(text, max(0, m.start() - 20), m.start()):
            continue  # "as soon as possible", "the best possible", "made it possible": no hedge
        if low == "expected" and (
            not _TIME_AFTER.match(text, m.end())
            or _AS_EXPECTED.search(text, max(0, m.start() - 6), m.start())
        ):
            continue  # "as expected", "expected growth": no hedge on the claim
        if low in _ADMITTED and (_TO_CARE.match(text, m.end()) or _PATIENTS.match(text, m.end())):
            continue  # "admitted to hospital", "had admitted 212 injured people": taken in
        if low.endswith(" stopped") and _STOPPED_WHAT.match(text, m.end()):
            continue  # "had stopped a trial of its drug": halted it, as "halted" tells
        if low in _LACK and (
            _OF_AFTER.match(text, m.end())
            or _WHO_BEFORE.search(text, max(0, m.start() - 6), m.start())
        ):
            continue  # "a lack of skilled workers", "voters who lack a degree": no claim denied
        if low in _CONCEDED and _GOALS_AFTER.match(text, m.end()):
            continue  # "conceded twice more", "conceded a late goal": let in, not admitted
        if low == "expected to" and _ACTIVE_SUBJECT.search(text, max(0, m.start() - 12), m.start()):
            continue  # "it expected to raise rates": the bank's own plan, as "expects to" is
        if low in ("suspect", "suspects") and not _SUSPECTS_WHO.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "the suspect", "two suspects", "is suspect": no verb of belief
        if low in _DENY and _DENIED_SOMEONE.match(text, m.end()):
            continue  # "denied him bail", "a save to deny Haddad": refused, kept out
        if low == "accused" and _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "the accused", "an accused man": the person, no accusation made
        if low.endswith(" due") and _CAUSE_AFTER.match(text, m.end()):
            continue  # "is due to the storm": a cause, not a schedule
        if low == "likely" and _COMPARED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "47% less likely to die": a comparison measured, no hedge
        if low in _MODALS and _SUBORDINATE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "before any sale could go ahead": a time, not a hedge
        if low == "without" and not _VERB_AFTER.match(text, m.end()):
            continue  # "without power", "without agreement": no claim denied
        if low == "no" and _NO_COMPARED.match(text, m.end()):
            continue  # "no fewer than 10": a bound on a number, no negation
        if low == "no" and _RANK_AFTER.match(text, m.end()):
            continue  # "rise to No 4": a rank
        if low == "no" and _NO_OTHER_COMPARED.match(text, m.end()):
            continue  # "No other contest was as close": "the closest contest"
        if low == "no" and _ANSWER_AFTER.match(text, m.end()):
            continue  # "voting no.", "said no,": an answer, not a negation of a claim
        if low == "not" and (
            _IDIOM_BEFORE.search(text, max(0, m.start() - 4), m.start())
            or _IDIOM_AFTER.match(text, m.end())
            or _NOT_OUT.match(text, max(0, m.start() - 2))
            or (
                _BUT_FOR_AFTER.match(text, m.end())
                and _BUT_FOR_BEFORE.search(text, max(0, m.start() - 14), m.start())
            )
        ):
            continue  # "whether or not", "not only", "had it not been for": no claim denied
        if low.startswith(("подозреваем", "підозрюван")) and not _SUSPECTED_OF.match(text, m.end()):
            continue  # "Підозрюваний отримав": the suspect, no "suspected of" hedging a deed
        if low == "nor" and _NEITHER_BEFORE.search(text, max(0, m.start() - 120), m.start()):
            continue  # "Neither the embassy nor the ministry responded": one negation
        if low == "не" and _CYRILLIC_IDIOM_AFTER.match(text, m.end()):
            continue  # "не лише": "not only"
        if low == "not clear" and _AUXILIARY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            low, frag = "not", frag[:3]  # "did not clear the committee": the verb denied
        if low.startswith("found ") and low.endswith(" guilty"):
            low = "found not guilty"  # "found Collins not guilty"
        elif low.startswith("cleared ") and low.endswith(" of"):
            low = "cleared of"  # "cleared Ashdown of murder"
        elif low.startswith("accused by "):
            low = "accused of"  # "accused by regulators of manipulating prices"
        low = CYRILLIC_CERTAINTY.get(" ".join(low.split()), low)  # "нібито" is "allegedly"
        cls = CERTAINTY.get(_CONTRACTED.get(low, " ".join(low.split())))
        if low in _CONTRACTED:  # the whole "won't", not "wo"
            frag = text[m.start() : m.end() + 3]
        if cls:
            end = m.start() + len(frag)
            out.append(Item(FlagKind.CERTAINTY, m.start(), end, frag, ("certainty", cls)))
    return _not_unless(text, out) if len(out) > 1 else out


_DENIALS_OF_UNLESS = frozenset({"not", "n't", "no", "never"})
_ONE_CLAUSE = re.compile(r"[^.;!?]{0,80}")


def _not_unless(text: str, items: list[Item]) -> list[Item]:
    """ "Not ... unless" as the one condition it states: "told not to travel unless it is
    essential" is "told to travel only if it is essential", no negation."""
    out = list(items)
    for k, item in enumerate(items):
        if item.text.lower() != "unless" or k == 0:
            continue
        denial = items[k - 1]
        if (
            denial.text.lower().replace("’", "'") in _DENIALS_OF_UNLESS
            and _ONE_CLAUSE.fullmatch(text, denial.end, item.start)
            and denial in out
        ):
            out.remove(denial)
            out[out.index(item)] = item._replace(key=("certainty", "conditional"))
    return out


# A schedule ("is set to", "is due", "scheduled to") or a plan ("plans to", "intends to")
# is neither a forecast nor a promise: "is expected to begin in June" and "will begin in
# June" both tell it, and "said it would spend" reports "plans to spend". Told as done
# ("has decided to", "raised"), it is a flag.
_SCHEDULE_READINGS = frozenset({"probable", "certain"})
_INTENTIONS = frozenset({"scheduled", "planned"})
_PLANNED = _SCHEDULE_READINGS | _INTENTIONS
# What can stand in the place of a "not": another denial, never a modal.
_DENIALS = frozenset({"negation", "denied", "improbable", "unclear"})


def certainty_equivalent(a: tuple, b: tuple) -> bool:
    """Two certainty keys that tell one thing: the same class, or a schedule or a plan
    and a forecast or a promise of it."""
    if a == b:
        return True
    classes = {a[1], b[1]}
    return not classes.isdisjoint(_INTENTIONS) and classes <= _PLANNED


def certainty_buckets(key: tuple) -> tuple:
    """Hashable parts two keys share whenever ``certainty_equivalent`` holds."""
    return (("certainty", "planned"),) if key[1] in _PLANNED else (key,)


def certainty_replaces(a: tuple, b: tuple) -> bool:
    """Whether one certainty may stand in the place of the other: a "not" is replaced by
    another denial ("never", "denied", "unlikely", "unclear"), never by a modal ("not"
    dropped beside a "would" is no "not" becoming "would")."""
    if "negation" not in (a[1], b[1]):
        return True
    return a[1] in _DENIALS and b[1] in _DENIALS


def certainty_touches(scan: Scan, touching: Touching) -> bool:
    """Whether some hedge or negation may touch a change (never a wrong no)."""
    return scan.touches(_CERTAINTY, _CERTAINTY_ANCHORS, touching, 40)
