"""Typos no keyword list spells out: "djikstra", "backtraking", "topologcal sort", "부르트포스", "프로이드 워셜",
"유니언 파인드", "에라토스테내스". matching.py asks here only when no keyword matched exactly and the prompt names no
missing technique, so a near miss can turn a refusal into the topic the user meant and never overrides a real hit.

How near is near, kept tight because a wrong topic is worse than a refusal:
* English (and other ASCII) phrases of 6+ letters: one edit (insert, delete, substitute, swap two neighbours)
  over whole words of the prompt, but not an added or dropped plural s.
* Korean phrases of 4+ syllables: same length, and every syllable that differs keeps its initial consonant and
  changes only its vowel and/or its final consonant (부르트↔브루트, 프로↔플로, 유니언↔유니온) — one such syllable in
  a 4-syllable phrase, two from 5 syllables on. A new initial consonant is another word: 최단↔최장 (shortest /
  longest), 이분↔삼분 (binary / ternary), 최소↔최대 never match.
Phrases with digits never match nearly: "숨바꼭질 3" and "숨바꼭질 4" are different problems."""
from __future__ import annotations

from functools import lru_cache

_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_MIN_ASCII = 6
_MIN_HANGUL = 4


def _osa_within_one(a: str, b: str) -> bool:
    """Optimal-string-alignment distance ≤ 1 (one insert, delete, substitution or neighbour swap)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _inflection(a: str, b: str) -> bool:
    """A plural or a singular of the other ("component" / "components"): keyword lists choose their number on
    purpose (a bare "component" is a React component as often as a graph's), so that edit is no typo."""
    return a + "s" == b or b + "s" == a


def _jamo(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable)
    if not _HANGUL_BASE <= code <= _HANGUL_LAST:
        return None
    offset = code - _HANGUL_BASE
    return offset // 588, (offset % 588) // 28, offset % 28


def _sounds_alike(a: str, b: str) -> bool:
    """Two syllables with the same initial consonant (the vowel, the final consonant or both may differ)."""
    ja, jb = _jamo(a), _jamo(b)
    return ja is not None and jb is not None and ja[0] == jb[0]


def _hangul_near(window: str, keyword: str) -> bool:
    differing = [(x, y) for x, y in zip(window, keyword) if x != y]
    allowed = 1 if len(keyword) < 5 else 2
    return 0 < len(differing) <= allowed and all(_sounds_alike(x, y) for x, y in differing)


@lru_cache(maxsize=None)
def _usable(keyword: str) -> bool:
    squashed = keyword.replace(" ", "")
    if any(ch.isdigit() for ch in squashed):
        return False
    if keyword.isascii():
        return len(squashed) >= _MIN_ASCII
    return len(squashed) >= _MIN_HANGUL and all(_jamo(ch) is not None for ch in squashed)


def _initials(text: str) -> str:
    """Each Hangul syllable's initial consonant as one character (others as themselves): two phrases can be near
    only if these strings are equal, which str.find checks in C before any syllable is compared."""
    return "".join(chr(0x1100 + j[0]) if (j := _jamo(ch)) else ch for ch in text)


class PromptView:
    """One prompt prepared once for every keyword: its word windows by word count and length, and its squashed
    Hangul with their initials (a 2000-character prompt against the catalog's thousands of phrases stays fast)."""

    def __init__(self, padded: str) -> None:
        self.words = padded.split()
        self._windows: dict[int, dict[int, list[str]]] = {}
        self.squashed = padded.replace(" ", "")
        self.initials = _initials(self.squashed)

    def windows(self, size: int, length: int) -> list[str]:
        by_length = self._windows.get(size)
        if by_length is None:
            by_length = {}
            for window in {" ".join(self.words[i:i + size]) for i in range(len(self.words) - size + 1)}:
                if not any(ch.isdigit() for ch in window):
                    by_length.setdefault(len(window), []).append(window)
            self._windows[size] = by_length
        return [w for n in (length - 1, length, length + 1) for w in by_length.get(n, ())]


def near_hit(padded: str | PromptView, keyword: str) -> str | None:
    """The words of the prompt (matching.normalise's form, or a PromptView of it) that are one typo away from
    `keyword`, or None."""
    view = padded if isinstance(padded, PromptView) else PromptView(padded)
    keyword = keyword.lower()
    if not _usable(keyword):
        return None
    if keyword.isascii():
        for window in view.windows(len(keyword.split()), len(keyword)):
            if window != keyword and not _inflection(window, keyword) and _osa_within_one(window, keyword):
                return window
        return None
    squashed_keyword = keyword.replace(" ", "")
    initials = _keyword_initials(squashed_keyword)
    start = view.initials.find(initials)
    while start != -1:
        window = view.squashed[start:start + len(squashed_keyword)]
        if _hangul_near(window, squashed_keyword):
            return window
        start = view.initials.find(initials, start + 1)
    return None


@lru_cache(maxsize=None)
def _keyword_initials(squashed_keyword: str) -> str:
    return _initials(squashed_keyword)
