"""Link the body paragraphs of two articles by similarity, across splits, merges and moves.

Outlets reorder, split, merge and paraphrase paragraphs, so a line diff links almost
nothing and "each paragraph to its most similar one" misses every split. Links are made
from evidence at two levels:

* sentences: a sentence of one paragraph that is the mutual best match of a sentence of
  the other links their paragraphs (this finds splits, merges and moved sentences);
* paragraphs: a high TF-IDF cosine, a mutual best match, or one paragraph largely
  contained in the other.

Which units are compared is alignment_units' concern: every pair sharing a term in
articles of a usual length, an inverted index of rare terms in long ones.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.engine.alignment_units import Unit, best_partners, similar_pairs, unit_vectors
from viewer.engine.exact_links import exact_links, exact_sentences, settled
from viewer.engine.segmentation import split_sentences
from viewer.engine.similarity import containment, terms

__all__ = ["AlignmentParams", "Link", "align_blocks"]


@dataclass(frozen=True, slots=True)
class AlignmentParams:
    """Thresholds of the linking rules (cosines and containments are in 0..1)."""

    block_cosine: float = 0.45  # link on paragraph similarity alone
    mutual_block_cosine: float = 0.18  # link mutual best paragraphs
    mutual_sentence: float = 0.19  # link on a mutual-best sentence pair
    contained: float = 0.7  # one paragraph's weight found in the other
    contained_cosine: float = 0.25  # ...and at least this similar overall
    candidate_floor: float = 0.08  # ignore sentence pairs below this
    common_term_share: float = 0.05  # keys in more units than this skip candidate lookup
    min_key_cap: int = 10  # ...but keys in this many units are always looked up
    max_block_key_cap: int = 40  # paragraphs are looked up by single terms: allow commoner ones
    max_key_cap: int = 20  # ...and keys in more units than this never are
    candidates_per_unit: int = 8  # exact cosines computed per unit
    exhaustive_pairs: int = 2500  # up to this many unit pairs, every pair sharing a key
    lookup_keys: int = 12  # the rarest keys of a unit that are looked up
    near_best: float = 0.6  # a link scores at least this share of one end's best link
    twin_cosine: float = 0.8  # mutual best paragraphs this close skip the sentence search
    near_best_sentence: float = 0.8  # a sentence pair scores this share of both ends' best
    min_terms: int = 3  # paragraphs with fewer content terms link only when identical
    rescue_contained: float = 0.2  # an otherwise unlinked paragraph joins its best match
    rescue_cosine: float = 0.15  # ...when it shares this much with it
    rescue_min_terms: int = 2  # a shorter paragraph is rescued only when all of it is there
    rescue_reach: int = 2  # ...close to what its match is linked to, or a better match
    lone_overlap: float = 0.4  # one paragraph a side: share of terms (unweighted) to link


@dataclass(frozen=True, slots=True)
class Link:
    """One left paragraph linked to one right paragraph (indices into the inputs)."""

    left: int
    right: int
    similarity: float


# The terms of every sentence (tagged with its block) and of every block as a whole.
_Units = tuple[list[tuple[int, list[str]]], list[list[str]]]


def _sentence_units(blocks: Sequence[str]) -> _Units:
    """Terms of every sentence (tagged with its block), and of every block as a whole."""
    units = []
    whole: list[list[str]] = []
    for i, text in enumerate(blocks):
        block_terms: list[str] = []
        for s, e in split_sentences(text):
            words = terms(text[s:e])
            if words:
                units.append((i, words))
                block_terms.extend(words)
        whole.append(block_terms)
    return units, whole


def align_blocks(
    left: Sequence[str], right: Sequence[str], params: AlignmentParams | None = None
) -> list[Link]:
    """Links between paragraphs of ``left`` and ``right`` (body texts), sorted by position."""
    params = params or AlignmentParams()
    links: dict[tuple[int, int], float] = {}
    exact = exact_links(left, right)
    links.update(exact)
    settled_l = {i for i, _ in exact}
    settled_r = {j for _, j in exact}
    rest_l = [i for i in range(len(left)) if i not in settled_l]
    rest_r = [j for j in range(len(right)) if j not in settled_r]
    if rest_l and rest_r:
        units_l, units_r = _sentence_units(left), _sentence_units(right)
        sub = _align_rest(
            _only(units_l, rest_l), _only(units_r, rest_r), params, population=(units_l, units_r)
        )
        for (i, j), s in sub.items():
            links[rest_l[i], rest_r[j]] = s
    if not links and len(left) == len(right) == 1:
        overlap = _term_overlap(left[0], right[0])
        if overlap >= params.lone_overlap:
            links[0, 0] = overlap
    return [Link(i, j, round(s, 4)) for (i, j), s in sorted(links.items())]


def _term_overlap(a: str, b: str) -> float:
    """Shared terms of two texts over the geometric mean of their counts, unweighted.

    Two snippets of one paragraph each ("the same quote, another speaker") have no
    population to weigh terms by: IDF over two units weighs every shared word near zero
    and every differing name high, so a quote whose speaker changed scored 0.12 and the
    pair showed nothing at all. With one paragraph a side there is one candidate link.
    """
    ta, tb = set(terms(a)), set(terms(b))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / (len(ta) * len(tb)) ** 0.5


def _only(units: _Units, keep: Sequence[int]) -> _Units:
    """The units of the blocks ``keep``, renumbered in its order."""
    sentences, whole = units
    position = {block: k for k, block in enumerate(keep)}
    return (
        [(position[b], words) for b, words in sentences if b in position],
        [whole[b] for b in keep],
    )


def _align_rest(
    rest_l: _Units, rest_r: _Units, params: AlignmentParams, population: tuple[_Units, _Units]
) -> dict[tuple[int, int], float]:
    """Links among the paragraphs not linked as identical (``rest_l``, ``rest_r``). Term
    weights come from the ``population``, both whole articles: with only the paragraphs
    that are not identical, a term they share would look as common as "said"."""
    (sent_l, whole_l), (sent_r, whole_r) = rest_l, rest_r
    (all_sent_l, all_whole_l), (all_sent_r, all_whole_r) = population
    all_sentences = all_sent_l + all_sent_r
    all_blocks = list(enumerate(all_whole_l + all_whole_r))
    # Sentences with the same terms, once on each side, correspond: no cosine needed.
    exact_l, exact_r = exact_sentences(sent_l, sent_r, params.min_terms)
    settled_l, settled_r = settled(sent_l, sent_r, exact_l, exact_r)

    # Paragraphs have enough rare terms of their own: no need for term pairs as keys.
    b_left, b_right = unit_vectors(
        list(enumerate(whole_l)), list(enumerate(whole_r)), population=all_blocks, pairs=False
    )
    block_sims = similar_pairs(
        b_left, b_right, params, settled_l, settled_r, max_cap=params.max_block_key_cap
    )
    best_b = best_partners(block_sims)
    short_l = {i for i, u in enumerate(b_left) if len(u.vector) < params.min_terms}
    short_r = {j for j, u in enumerate(b_right) if len(u.vector) < params.min_terms}

    evidence: dict[tuple[int, int], float] = {}
    for si, sj in zip(exact_l, exact_r, strict=True):
        key = (sent_l[si][0], sent_r[sj][0])
        if key[0] not in short_l and key[1] not in short_r:
            evidence[key] = 1.0
    # Paragraphs that are each other's clear best match, with nearly all their weight in
    # common, are lightly edited copies: their sentences need no search of their own.
    twins_l, twins_r = set(), set()
    for i, (c, j) in best_b.left.items():
        mutual = best_b.right[j][1] == i
        if c >= params.twin_cosine and mutual and i not in short_l and j not in short_r:
            twins_l.add(i)
            twins_r.add(j)
            evidence[i, j] = c
    # Sentences of paragraphs too short to link (a heading such as "Details") never
    # compete either: as someone's best match they would only block a real link.
    skip_l, skip_r = twins_l | short_l, twins_r | short_r
    done_l = set(exact_l) | {k for k, (b, _) in enumerate(sent_l) if b in skip_l}
    done_r = set(exact_r) | {k for k, (b, _) in enumerate(sent_r) if b in skip_r}
    s_left, s_right = unit_vectors(
        [u for k, u in enumerate(sent_l) if k not in done_l],
        [u for k, u in enumerate(sent_r) if k not in done_r],
        population=all_sentences,
    )
    sent_sims = similar_pairs(s_left, s_right, params)
    best_s = best_partners(sent_sims)
    for (si, sj), s in sent_sims.items():
        key = (s_left[si].block, s_right[sj].block)
        if key[0] in short_l or key[1] in short_r:
            continue
        # Sentences correspond one to one, even across splits: a sentence matching
        # well but not nearly best at both ends is a repeated phrase, not evidence.
        if not best_s.near_best(si, sj, s, params.near_best_sentence, both=True):
            continue
        if best_s.mutual(si, sj) and s >= params.mutual_sentence:
            evidence[key] = max(evidence.get(key, 0.0), s)
    for (i, j), c in block_sims.items():
        if i in short_l or j in short_r:
            continue
        if not best_b.near_best(i, j, c, params.near_best):
            continue
        mutual = best_b.mutual(i, j)
        vi, vj = b_left[i].vector, b_right[j].vector
        contained = max(containment(vi, vj), containment(vj, vi))
        if (
            c >= params.block_cosine
            or (mutual and c >= params.mutual_block_cosine)
            or (contained >= params.contained and c >= params.contained_cosine)
        ):
            evidence[i, j] = max(evidence.get((i, j), 0.0), c)
    _rescue(evidence, block_sims, b_left, b_right, short_l, short_r, params)
    # Report the paragraph-level similarity where known: it is what a reader compares.
    return {key: block_sims.get(key, s) for key, s in evidence.items()}


def _whole_in(unit: Unit, contained: float, params: AlignmentParams) -> bool:
    """Whether a short paragraph is a split-off piece of another: a sentence of at least
    ``rescue_min_terms`` terms all found there ('"We will govern for all Chileans," he said.'
    split off the quote it ended). A one-word heading never is."""
    return len(unit.vector) >= params.rescue_min_terms and contained >= 0.999


def _rescue(
    evidence: dict[tuple[int, int], float],
    candidates: dict[tuple[int, int], float],
    left: list[Unit],
    right: list[Unit],
    short_l: set[int],
    short_r: set[int],
    params: AlignmentParams,
) -> None:
    """Link each still-unlinked paragraph to its best match when it shares enough with it.

    A paragraph split off a rewritten one often keeps only a few of its words; left
    alone it would be reported as added or omitted, which misleads more than a weak link.
    """
    linked_l = {i for i, _ in evidence}
    linked_r = {j for _, j in evidence}
    best: dict[tuple[str, int], tuple[float, float, int]] = {}
    for (i, j), cos in candidates.items():
        if i not in linked_l and j not in short_r:
            cont = containment(left[i].vector, right[j].vector)
            if i not in short_l or _whole_in(left[i], cont, params):
                score = (cont, cos, j)
                best[("l", i)] = max(best.get(("l", i), score), score)
        if j not in linked_r and i not in short_l:
            cont = containment(right[j].vector, left[i].vector)
            if j not in short_r or _whole_in(right[j], cont, params):
                score = (cont, cos, i)
                best[("r", j)] = max(best.get(("r", j), score), score)
    # A split-off piece stands beside the rest of its paragraph. A match far from every
    # paragraph its partner is linked to already, and weaker than those links, is rather
    # a paragraph added on the same topic (a background paragraph that repeats the lead's
    # terms).
    partners_l: dict[int, list[tuple[int, float]]] = defaultdict(list)
    partners_r: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (i, j), s in evidence.items():
        partners_l[i].append((j, candidates.get((i, j), s)))
        partners_r[j].append((i, candidates.get((i, j), s)))
    for (side, k), (cont, cos, partner) in best.items():
        if cont < params.rescue_contained or cos < params.rescue_cosine:
            continue
        siblings = partners_l[partner] if side == "r" else partners_r[partner]
        if (
            siblings
            and min(abs(k - x) for x, _ in siblings) > params.rescue_reach
            and cos < max(s for _, s in siblings)
        ):
            continue
        evidence[(k, partner) if side == "l" else (partner, k)] = cos
