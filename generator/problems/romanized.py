"""Korean typed in Latin letters (routing19): "wisang jeongnyeol munje", "yunion paindeu 2gae", "daikseuteura",
"bekteuraeking munje". A prompt without Hangul that names no topic as it stands is read again with each run of its
words that spells a Korean keyword in the Revised Romanization put back in Hangul ("위상 정렬 munje"); the level and
count words (swiun, botong, eoryeoun, 3gae, munje) are prompt_terms.py's.

A keyword is spelt two ways: syllable by syllable (정렬 → jeongryeol) and as it is said, with a final consonant
carried onto a vowel and ㄹ after a consonant read as n or l (정렬 → jeongnyeol, 플로이드 → peulloideu). A run of the
prompt's words matches a spelling of 5+ letters exactly, or of 7+ letters with one edit (bekteuraeking for
baekteuraeking, peulloideu wosyal for peulloideu wasyal), starting with the same letter. English words are never
that close to a spelt Korean keyword of that length, and the read is only tried where nothing else matched."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from generator.problems.near_miss import _osa_within_one

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t"]
# a final consonant carried onto the next syllable's vowel (먹어 → meogeo): as that syllable's initial
_CARRIED = ["", "g", "kk", "gs", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "bs",
            "s", "ss", "ng", "j", "ch", "k", "t", "p", ""]
_SILENT, _RIEUL, _NIEUN, _RIEUL_FINAL = 11, 5, 4, 8
_MIN_EXACT, _MIN_NEAR, _MAX_WORDS = 5, 7, 4


def _parts(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - 0xAC00
    if not 0 <= code <= 0xD7A3 - 0xAC00:
        return None
    return code // 588, (code % 588) // 28, code % 28


def spellings(phrase: str) -> set[str]:
    """The phrase's Latin spellings, spaces left out: syllable by syllable, and as said."""
    squashed = phrase.replace(" ", "")
    parts = [_parts(ch) for ch in squashed]
    if not squashed or any(p is None for p in parts):
        return set()
    literal = "".join(_INITIALS[i] + _MEDIALS[m] + _FINALS[f] for i, m, f in parts)
    said = []
    for k, (i, m, f) in enumerate(parts):
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        prev = parts[k - 1] if k else None
        initial = _INITIALS[i]
        if prev is not None and prev[2] and i == _SILENT:
            initial = _CARRIED[prev[2]]  # the previous final, carried on
        elif prev is not None and prev[2] and i == _RIEUL:
            initial = "l" if prev[2] in (_RIEUL_FINAL, _NIEUN) else "n"  # 신라 silla, 정렬 jeongnyeol
        final = _FINALS[f]
        if nxt is not None and f and nxt[0] == _SILENT:
            final = ""  # carried onto the next vowel
        elif nxt is not None and f == _NIEUN and nxt[0] == _RIEUL:
            final = "l"  # 신라 silla
        said.append(initial + _MEDIALS[m] + final)
    return {literal, "".join(said)}


@lru_cache(maxsize=1)
def _table(phrases: tuple[str, ...]) -> dict[str, str]:
    """Spelling → the Korean phrase, for spellings of 5+ letters (a genitive 의 may be left out: 트리의 지름)."""
    table: dict[str, str] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        if not re.fullmatch(r"[가-힣 ]+", phrase):
            continue
        forms = spellings(phrase) | (spellings(phrase.replace("의 ", " ")) if "의 " in phrase else set())
        for form in forms:
            if len(form) >= _MIN_EXACT:
                table.setdefault(form, phrase)
    return table


def _lookup(text: str, table: dict[str, str], near_too: bool = True) -> str | None:
    if text in table:
        return table[text]
    if not near_too or len(text) < _MIN_NEAR:
        return None
    near = [phrase for form, phrase in table.items()
            if len(form) >= _MIN_NEAR and form[0] == text[0] and abs(len(form) - len(text)) <= 1
            and _osa_within_one(form, text)]
    return near[0] if len(set(near)) == 1 else None  # two phrases as near: neither


def in_hangul(prompt: str, phrases: Iterable[str]) -> str | None:
    """The prompt with its romanized Korean keywords in Hangul, when it has no Hangul and some run of its words
    spells one; else None."""
    if re.search(r"[가-힣]", prompt):
        return None
    table = _table(tuple(sorted(set(phrases))))
    words = re.findall(r"[a-z]+|[^a-z\s]+", prompt.lower())
    out, i, changed = [], 0, False
    while i < len(words):
        # routing25b: an exact spelling of a shorter run before a near one of a longer run ("teurai munje" is 트라이
        # munje, not 트리 문제 one letter off)
        runs = [(n, near) for near in (False, True) for n in range(min(_MAX_WORDS, len(words) - i), 0, -1)]
        for n, near in runs:
            run = words[i:i + n]
            if not all(w.isalpha() and w.isascii() for w in run):
                continue
            phrase = _lookup("".join(run), table, near)
            if phrase is not None:
                out.append(phrase)
                i += n
                changed = True
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out) if changed else None
