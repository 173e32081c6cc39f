"""Hypothesis strategies for article-like text shared by the engine's property tests."""

from hypothesis import strategies as st

_VOCABULARY = """the talks in Geneva began after 5 November sources said Russia US officials
were not “quoted” $13.7 billion 3 dead — Україна ґ є і ї . , ; ! ? ( ) 2024 at least several"""
WORDS = st.sampled_from(_VOCABULARY.split())
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\n \n", "  ", "\t", "\n\n\n"])


@st.composite
def article_text(draw: st.DrawFn, max_words: int = 120) -> str:
    """Words joined by spaces, line breaks and blank lines, with stray leading spaces."""
    words = draw(st.lists(WORDS, min_size=0, max_size=max_words))
    out = [draw(st.sampled_from(["", " ", "\n", "  "]))]
    for w in words:
        out.append(w)
        out.append(draw(SEPARATORS))
    return "".join(out)
