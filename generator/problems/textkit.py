"""Language helpers shared by every statement: Korean particles, English plurals and articles, and the small
template language of the package statement files (`{name}`, `{name|filter:arg}`).

Grammar is generated, not patched: a template says `{n|plural:group}` and gets "1 group" / "3 groups", says
`{who|josa:은/는}` and gets "생쥐는" / "학생은", says `{open|a}` and gets "an aisle".
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

_IRREGULAR_PLURALS = {"child": "children", "person": "people", "mouse": "mice", "foot": "feet", "tooth": "teeth",
                      "man": "men", "woman": "women", "box": "boxes", "bus": "buses"}


# Particle pairs, the form after a final consonant first. A pair written the other way round ("와/과") used to
# give the wrong form without a word ("기둥와", found by reading every label of a task): it is refused.
PARTICLE_PAIRS = frozenset({"은/는", "이/가", "을/를", "과/와", "으로/로", "이나/나", "이다/다", "이며/며", "이든/든",
                            "이라고/라고", "이어서/여서", "이면/면", "이라면/라면", "이랑/랑", "이야/야", "아/야"})


def josa(word: str, pair: str) -> str:
    """`word` followed by the Korean particle that fits its last syllable. `pair` is one of PARTICLE_PAIRS, written
    with-batchim first: "은/는", "이/가", "을/를", "과/와", "으로/로", "이나/나", "이다/다"."""
    if pair not in PARTICLE_PAIRS:
        turned = "/".join(reversed(pair.split("/")))
        hint = f" (with-batchim form first: {turned})" if turned in PARTICLE_PAIRS else ""
        raise ValueError(f"josa: unknown particle pair {pair!r}{hint}; known: {', '.join(sorted(PARTICLE_PAIRS))}")
    with_batchim, without = pair.split("/")
    last = word.rstrip()[-1:] if word.strip() else ""
    if last.isdigit():  # numbers are read aloud: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant
        final = 0 if last in "2459" else 1
        rieul = last in "178"
    elif "가" <= last <= "힣":
        code = (ord(last) - 0xAC00) % 28
        final, rieul = code, code == 8
    else:  # Latin letters and symbols: read as their Korean names, most end in a vowel
        final, rieul = (1, last in "lLrR") if last in "lLmMnNrR" else (0, False)
    if pair == "으로/로" and rieul:  # ㄹ takes 로
        return word + without
    return word + (with_batchim if final else without)


# How a program that prints Korean (a sample's explain.py) leaves a particle to the host, in the notation Korean
# software uses when the word is not known in advance: "3을(를)", "정점이(가)", "역은(는)", "1번(으)로". The text reads
# correctly even unresolved; the host replaces each mark by the form that fits the character before it, with the
# same rule as the statements' `josa` filter, so no program carries its own copy of the rule.
_PARTICLE_MARKS = {"이(가)": "이/가", "을(를)": "을/를", "은(는)": "은/는", "과(와)": "과/와", "이나(나)": "이나/나",
                   "(으)로": "으로/로"}
_PARTICLE_MARK = re.compile("|".join(re.escape(mark) for mark in _PARTICLE_MARKS))


_CLOSING_QUOTES = "`'\"’”」』"
_BRACKETS = {")": "(", "]": "[", "}": "{"}


def reading_end(text: str) -> str:
    """The character a particle after `text` agrees with, as the text is read aloud. Closing quotes are skipped
    (`abc`을 agrees with c). A bracket group attached to a word (or to a closing bracket or quote) is an aside about
    it, so the particle agrees with the word ("최댓값(5)은", "{1, 2}(합 3)와"); a group after a space or an operator is
    the thing itself, so with its last character ("(1, 2, 3)이", "3 (7)을", "(-2)×(0)으로"). Empty when nothing is
    there to agree with."""
    end = len(text.rstrip())
    while end:
        last = text[end - 1]
        if last in _CLOSING_QUOTES:
            end -= 1
        elif last in _BRACKETS:
            start, depth = end - 1, 0
            while start >= 0:  # the matching opening bracket
                depth += {last: 1, _BRACKETS[last]: -1}.get(text[start], 0)
                if depth == 0:
                    break
                start -= 1
            attached_to = text[start - 1] if start > 0 else ""
            if attached_to and (attached_to.isalnum() or attached_to in _BRACKETS or attached_to in _CLOSING_QUOTES):
                end = start
            else:
                end -= 1
        else:
            return last
    return ""


def resolve_particles(text: str) -> str:
    """Every particle mark of `text` ("3을(를)" → "3을", "2을(를)" → "2를", "길(으)로" → "길로") resolved by what it
    follows (`reading_end`). A mark after a space or at the start has no word to agree with and is left as written."""

    def choose(match: re.Match[str]) -> str:
        before = text[:match.start()]
        if not before or before[-1].isspace():
            return match.group(0)
        last = reading_end(before)
        return josa(last, _PARTICLE_MARKS[match.group(0)])[len(last):] if last else match.group(0)

    return _PARTICLE_MARK.sub(choose, text)


# Korean ordinals: a position counted from 1 is read with the native numeral up to ten ("첫 번째", "두 번째", ...,
# "열 번째"); "1번째" does not read. From 11 on the digits stay ("11번째"). A program that prints Korean (a sample's
# explain.py) writes the digits, f"{i}번째", and the host spells them out, so no program carries its own table (35
# explain.py files each had a copy).
_NATIVE_ORDINALS = {"1": "첫", "2": "두", "3": "세", "4": "네", "5": "다섯", "6": "여섯", "7": "일곱", "8": "여덟",
                    "9": "아홉", "10": "열"}
# A lone number 1-10 directly before 번째: not the end of a larger number ("11번째", "3.1번째") or of a name ("x1번째").
_DIGIT_ORDINAL = re.compile(r"(?<![0-9A-Za-z_.])(10|[1-9])번째")
# ... nor the last of a list or a range of numbers that share one 번째 ("1, 3번째" = the 1st and the 3rd, "1과 3번째",
# "1~4번째"), nor a number a formula gives ("2^2 = 4번째"): spelling out the last one alone would break them apart
# ("1, 세 번째"), and a list read in digits reads right.
_SHARED_ORDINAL = re.compile(r"(?:[0-9]\s*(?:,|과|와|및|또는|이나)|[~\-–−=+×*/·^])\s*$")


def korean_ordinals(text: str) -> str:
    """"1번째" → "첫 번째", "2번째 날" → "두 번째 날", ..., "10번째" → "열 번째", whatever word follows; "11번째",
    a list or range ("1, 3번째", "1~4번째"), a formula's value ("= 4번째") and "1 번째" are left as written."""

    def spell(match: re.Match[str]) -> str:
        if _SHARED_ORDINAL.search(text[max(0, match.start() - 12):match.start()]):
            return match.group(0)
        return f"{_NATIVE_ORDINALS[match.group(1)]} 번째"

    return _DIGIT_ORDINAL.sub(spell, text)


def plural(count: int, noun: str) -> str:
    """"1 group", "3 groups", "2 boxes", "2 people"."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural_noun(noun)}"


def plural_noun(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    lower = last.lower()
    if lower in _IRREGULAR_PLURALS:
        word = _IRREGULAR_PLURALS[lower]
    elif re.search(r"(s|x|z|ch|sh)$", lower):
        word = last + "es"
    elif re.search(r"[^aeiou]y$", lower):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def article(phrase: str) -> str:
    """"a hedge", "an aisle", "an hour", "a unit", "a one-way street" (said 'wun')."""
    word = phrase.strip().lower()
    vowel_sound = bool(re.match(r"[aei]|o(?!ne(?![a-z])|nce)|u(?!ni|se|sa|ro)|hour|honest|[0-9]*8", word))
    return ("an " if vowel_sound else "a ") + phrase


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


# Articles, conjunctions and prepositions stay lower case inside an English title (Chicago style, which the
# catalog's titles follow: "Cheapest Trips from Home", "A Sliding Window over the Genome").
_TITLE_SMALL_WORDS = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs from into "
                               "onto over upon with within than".split())


def title_case(title: str) -> str:
    """An English title with every major word capitalised. Theme words are filled into titles in their running-text
    form ("bike rental"), so "The Nearest {site|cap}" would read "The Nearest Bike rental". Only lower-case
    initials are raised: acronyms, math ($N$), numbers and hyphenated terms ("h-index", "Line-up") stay as written."""
    words = title.split(" ")
    starts = {0} | {n + 1 for n, word in enumerate(words) if word.endswith((":", "?", "!", "."))}
    cased = []
    for n, word in enumerate(words):
        core = word.lstrip("(\"'“‘")
        lead = word[: len(word) - len(core)]
        bare = core.rstrip(".,:;!?)\"'”’").lower()
        if core[:1].islower() and "-" not in core and (n in starts or bare not in _TITLE_SMALL_WORDS):
            core = core[:1].upper() + core[1:]
        cased.append(lead + core)
    return " ".join(cased)


FILTERS: dict[str, Callable[[object, str], str]] = {
    "josa": lambda value, arg: josa(str(value), arg),
    "plural": lambda value, arg: plural(int(value), arg),  # type: ignore[call-overload]
    "nouns": lambda value, arg: arg if int(value) == 1 else plural_noun(arg),  # type: ignore[call-overload]
    "a": lambda value, _arg: article(str(value)),
    "cap": lambda value, _arg: capitalize(str(value)),
    "num": lambda value, _arg: format_number(value, tex=True),
}

# `{name}`, `{name|filter}`, `{name|filter:arg}`, and chains applied left to right: `{node|a|cap}` → "A node".
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)((?:\|[a-z]+(?::[^{}|]*)?)*)\}")
_FILTER = re.compile(r"\|([a-z]+)(?::([^{}|]*))?")
# What is left of a slot that did not parse (e.g. `{x|Cap}`): never shipped as text.
_BROKEN_SLOT = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\|[^{}]*\}")
# Outside $math$ a brace opening a name is always a slot that did not parse (`{max_a_i, b_i}`); inside math,
# `a_{i,j}` is KaTeX.
_MATH = re.compile(r"\$[^$]*\$")
_BROKEN_TEXT_SLOT = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*[^}]*\}")


class TemplateError(KeyError):
    pass


def fill(template: str, values: Mapping[str, object]) -> str:
    """Replace `{name}` and `{name|filter:arg}` slots; `{{`/`}}` stand for literal braces. An unknown name is an
    error (a typo in a statement must fail the package's tests, not ship as "{who}")."""

    def slot(match: re.Match[str]) -> str:
        name, chain = match.group(1), match.group(2)
        if name not in values:
            raise TemplateError(f"unknown slot {{{name}}} in a statement template")
        value = values[name]
        if not chain:
            return format_number(value, tex=True) if isinstance(value, int) and not isinstance(value, bool) else str(value)
        for filt, arg in _FILTER.findall(chain):
            if filt not in FILTERS:
                raise TemplateError(f"unknown filter |{filt} in a statement template")
            value = FILTERS[filt](value, arg)
        return str(value)

    escaped = template.replace("{{", "\0").replace("}}", "\1")
    filled = _SLOT.sub(slot, escaped)
    broken = _BROKEN_SLOT.search(filled) or _BROKEN_TEXT_SLOT.search(_MATH.sub("", filled))
    if broken:
        raise TemplateError(f"malformed slot {broken.group(0)} in a statement template")
    return filled.replace("\0", "{").replace("\1", "}")


def format_number(value: object, *, tex: bool = False) -> str:
    """Bounds as people write them: 200000 → 2·10^5, 100000 → 10^5, 1000 → 1000, 1e-6 stays. `tex`: for a
    statement's $math$, where an exponent of two digits needs braces (10^{12}; 10^12 renders as 10¹2)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if value < 0:
        return "-" + format_number(-value, tex=tex)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:g}"
    number = int(value)
    if number >= 100_000:
        mantissa, exp = number, 0
        while mantissa % 10 == 0:
            mantissa //= 10
            exp += 1
        power = f"10^{{{exp}}}" if tex and exp >= 10 else f"10^{exp}"
        if mantissa == 1:
            return power
        if exp >= 4 and mantissa < 10:
            return f"{mantissa}·{power}"
    return str(number)
