"""Prompt → topic → task. A free-text prompt (Korean, English or mixed; with or without spaces; common typos)
picks a topic from the topic index (catalog topic.toml files: names, synonyms, `requires`, `excludes`); a prompt
that names no topic but a whole field ("DP 문제", "math problems", "최단 경로") picks an area (catalog/areas.toml),
whose tasks are its member topics' tasks. The difficulty then picks among the tasks. When nothing fits — no topic
named, or the named topic has no task at that difficulty — the answer is a refusal naming the closest topics and
the difficulties that exist, in the request's language: never a problem from another topic. Imports no gate or
sandbox code (submit path)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

from generator.problems.catalog import CATALOG_DIR, areas, focuses_of
from generator.problems.catalog import topics as families
from generator.problems.near_miss import PromptView, near_hit
from generator.problems.prompt_terms import read_prompt, split_context
from generator.problems.romanized import in_hangul
from generator.problems.schema import Difficulty

DIFFICULTY_NAMES = {"en": {d.value: d.value for d in Difficulty},
                    "ko": {"tutorial": "튜토리얼", "easy": "쉬움", "medium": "보통", "hard": "어려움"}}


class UnsupportedPromptError(ValueError):
    """No topic fits the prompt (or not at the requested difficulty). `suggestions` lists what does exist."""

    def __init__(self, message: str, suggestions: list[str] | None = None,
                 messages: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []
        # The same message in every language (ko, en): the HTTP answer's language comes from Accept-Language,
        # which need not be the request's `language` that `message` is in.
        self.messages = messages or {}


def _refusal(language: str, ko: str, en: str, suggestions: list[str]) -> UnsupportedPromptError:
    return UnsupportedPromptError(ko if language == "ko" else en, suggestions, {"ko": ko, "en": en})


@dataclass(frozen=True)
class FamilyMatch:
    family: object  # a catalog Topic (or a family module still being moved)
    matched: tuple[str, ...]
    ignored: tuple[str, ...] = field(default=())  # other topics the prompt also named

    @property
    def reason(self) -> str:
        text = f"matched {', '.join(repr(k) for k in self.matched)} → {self.family.category}"
        if self.ignored:
            text += f" (also mentioned, not combined: {', '.join(self.ignored)})"
        return text


# A hyphen between Korean words is a space: 라빈-카프 is 라빈 카프, 플로이드-와샬 is 플로이드 와샬 (in the prompt and in
# the keywords alike), while ASCII names keep theirs (0-1 bfs, 2-sat, h-지수).
_HANGUL_HYPHEN = re.compile(r"(?<=[가-힣])-(?=[가-힣])")


def _canon(phrase: str) -> str:
    # An underscore joins the words of a code name: priority_queue is "priority queue", lower_bound "lower bound".
    return _HANGUL_HYPHEN.sub(" ", phrase).replace("_", " ")


# A hashtag's mark is no part of its word: "#트리 #dfs" is "트리 dfs", "#bfs" is "bfs" (c# keeps its mark).
_HASHTAG = re.compile(r"(?<![\w#+])#+(?=\w)")


# routing19: inversions written as a formula — "count pairs i<j with a_i > a_j", "i<j이고 A[i]>A[j]인 쌍의 개수", "a[j] < a[i]
# (i < j)": an index order and the values in the other order name inversions (normalise drops the < and >)
_INDEX = r"(?:\[\s*{0}\s*\]|_\s*\{{?\s*{0}\s*\}}?|\(\s*{0}\s*\)|{0})"
_INDEX_ORDER = re.compile(r"(?<![a-z0-9_])(?:i\s*<\s*j|j\s*>\s*i)(?![a-z0-9_\[(])")
_VALUE_ORDER = re.compile(r"(?<![a-z0-9_])([a-z][a-z0-9]{{0,5}}?)\s*{i}\s*>\s*\1\s*{j}(?![a-z0-9_])|"
                          r"(?<![a-z0-9_])([a-z][a-z0-9]{{0,5}}?)\s*{j}\s*<\s*\2\s*{i}(?![a-z0-9_])"
                          .format(i=_INDEX.format("i"), j=_INDEX.format("j")))


def _inversion_formula(lowered: str) -> bool:
    return bool(_INDEX_ORDER.search(lowered) and _VALUE_ORDER.search(lowered))


# routing25b: BIT in capitals, standing alone, is the binary indexed tree ("inversion count with BIT", "BIT로 inversion"),
# as "bit 문제" is; not a bit's operations or masks ("BIT 연산", "BITmask", "BIT DP"), not a width ("32 BIT", "64-BIT")
_BIT_ACRONYM = re.compile(r"(?<![A-Za-z0-9\-])(?<!\d )BITs?(?![A-Za-z0-9])(?!\s*(?:-\s*)?(?:manipulation|operation|"
                          r"ops?\b|masks?|masking|wise|shift|trick|hack|dp|DP|연산|마스크|마스킹|조작|시프트|트릭|단위))")


# routing25b: a recurrence written out — "a_n = a_{n-1} + a_{n-2}", "f(n) = 2f(n-1) + f(n-2)", "D[i] = D[i-1] + D[i-2]":
# a term at n (or i) equal to terms of the same sequence at n-1 (and before) names a recurrence
_RECURRENCE_FORMULA = re.compile(r"(?<![a-z0-9])([a-z])\s*(?:_\s*\{?\s*|\[\s*|\(\s*)([ni])\s*[}\])]?\s*=[^=\n]{0,40}?"
                                 r"(?<![a-z0-9])\1\s*(?:_\s*\{?\s*|\[\s*|\(\s*)\2\s*-\s*1")


# routing25b: Bezout's identity written out — "ax + by = gcd(a, b)", "a*x + b*y = c", "3x + 5y = 7": the extended
# Euclidean algorithm
_BEZOUT_FORMULA = re.compile(r"(?<![a-z0-9])(?:[a-z]|\d+)\s*\*?\s*x\s*\+\s*(?:[a-z]|\d+)\s*\*?\s*y\s*=")


# routing26: two congruences or more written out — "x ≡ 2 (mod 3), x ≡ 3 (mod 5)", "x mod 3 = 2, x mod 5 = 3", "x % 4 == 1 and
# x % 6 == 3": a system of congruences (the Chinese remainder theorem)
_CONGRUENCE = re.compile(r"≡\s*-?\w+\s*\(?\s*(?:mod|modulo)\b|(?<![a-z0-9])[a-z]\s*(?:mod|%)\s*\d+\s*={1,2}\s*-?\d+")


# routing27: the next (or previous) greater or smaller element said in other words — "next larger element", "nearest
# greater to the right", "previous smaller element", "다음으로 큰 수", "다음 큰 원소", "오른쪽에서 첫 번째로 큰 수", "왼쪽에
# 있는 처음으로 작은 값" — is the monotonic stack's "next greater element" (not Programmers' 다음 큰 숫자, the next number
# with as many 1 bits: a lookalike in unsupported.toml)
_NEXT_GREATER = re.compile(
    r"(?<![a-z])(?:next|nearest|previous|closest|first)\s+(?:strictly\s+)?(?:greater|larger|bigger|higher|taller|smaller|"
    r"lower|shorter)(?:\s+(?:element|number|value|item|integer|height|building|one)s?|\s+(?:to|on)\s+the\s+(?:right|left))"
    r"(?![a-z])|"
    r"(?<![가-힣])다음\s*(?:으로|에)?\s*(?:더\s*)?(?:큰|작은|높은|낮은)\s*(?:수(?!자)|원소|값|정수|건물|탑|요소)|"
    r"(?:오른쪽|왼쪽|뒤쪽|앞쪽|뒤|앞)(?:에서|으로|에 있는|에)?\s*(?:가장\s*)?(?:처음|첫\s*번째|첫번째|가장 가까운|제일 가까운)"
    r"(?:으로|로)?\s*(?:나오는\s*|만나는\s*|등장하는\s*)?(?:더\s*)?(?:큰|작은|높은|낮은)\s*(?:수|원소|값|숫자|정수|건물|탑|요소)|"
    # routing29: the comparison before the first ("각 원소의 오른쪽에 있는 자기보다 큰 첫 수")
    r"(?:오른쪽|왼쪽|뒤쪽|앞쪽)(?:에서|에 있는|에)\s*(?:자기|자신|그 수|그것)보다\s*(?:더\s*)?(?:큰|작은|높은|낮은)\s*(?:첫|처음|첫\s*번째|가장 가까운)\s*"
    r"(?:수|원소|값|숫자|정수|건물|탑|요소)")


# routing29: one element changed and ranges queried, both said in the prompt (BOJ 2042's query format: "쿼리 1 a b는
# a번째 수를 b로 바꾸고 2 l r은 구간 합 출력", "update a[i] to x, or print the sum of a range"): a point update beside
# a range query, which a prefix sum cannot take — the segment tree's "point update"
_ONE_CHANGED = re.compile(
    r"(?:번째\s*(?:수|값|원소|숫자|칸)|(?<![a-z])[a-z]\s*\[\s*[a-z]\s*\])[^.\n]{0,15}?(?:바꾸|바꿔|바꾼|바뀌|변경|갱신|업데이트)|"
    r"(?<![a-z])(?:change|set|update|replace|assign)s?\s+(?:the\s+)?(?:[a-z]\s*\[\s*[a-z]\s*\]|[a-z]-?th\s+(?:number|element|value)|"
    r"(?:an?|one|a single)\s+(?:element|value|number))(?![a-z])|"
    # routing30: the values said to change, in Korean ("값이 계속 바뀌는데 구간합", "중간에 수가 바뀌면서")
    # (not turned down: "수는 안 바뀌고", "값이 바뀌지 않는")
    r"(?<![가-힣])(?:값|수|원소|숫자)(?:이|가|들이|을|를|도|은|는)?\s*(?:계속|자주|중간에|중간중간|수시로|가끔|때때로|하나씩)?\s*"
    r"(?:바뀌|바뀐|바뀔|변하|변경되|갱신되|업데이트되|수정되)(?!지\s*(?:않|말))")
_RANGE_ASKED = re.compile(r"구간\s*(?:의\s*)?(?:합|최소|최솟|최대|최댓|곱)|번째\s*(?:수\s*)?부터\s*[^\s.]*\s*번째\s*(?:수\s*)?까지|"
                          r"(?<![a-z])(?:range|interval)\s+(?:sum|min|max|minimum|maximum|product)s?(?![a-z])|"
                          r"(?<![a-z])(?:sum|minimum|maximum|min|max)\s+of\s+(?:the\s+|a\s+)?(?:range|elements\s+from|a\s*\[\s*l)")


# routing29: a range update and a range sum both asked, with no final array to print ("구간에 더하기 10만 번, 구간 합 10만
# 번", "add v to every element of a range, and answer range sums"): the lazy segment tree's range update, range sum
# (range updates then the final array are the difference array's, prefix_sums.difference)
_RANGE_ADD = re.compile(r"구간(?:에|의\s*(?:모든\s*)?(?:수|값|원소)(?:에|들에)?)\s*(?:[^\s.]+\s+){0,2}?(?:더하|더해|더한|더하기|빼|곱하)|"
                        r"(?<![a-z])(?:add|increase|increment)\s+(?:\S+\s+)?to\s+(?:every|all|each)\s+(?:the\s+)?"
                        r"(?:elements?|numbers?|values?)\s+(?:in|of)\s+(?:a|the)\s+range|(?<![a-z])range\s+(?:adds?|additions?|increments?)(?![a-z])")
_RANGE_SUM = re.compile(r"구간\s*(?:의\s*)?합|(?<![a-z])range\s+sums?(?![a-z])|(?<![a-z])sum\s+of\s+(?:a|the)\s+range")
# routing29b: a range's sum written by its indices ("the sum of a[l..r]", "sum of a[i:j]", "a[l] + ... + a[r]")
_INDEXED_RANGE_SUM = re.compile(
    r"(?<![a-z])sum\s+of\s+(?:the\s+)?(?:elements\s+)?[a-z]\s*\[\s*[a-z0-9]\s*(?:\.\.\.?|:|,|…|~|to)\s*[a-z0-9]\s*\]|"
    r"(?<![a-z])[a-z]\s*\[\s*[a-z]\s*\]\s*\+\s*(?:\.\.\.|…|⋯|\.\.)\s*\+\s*[a-z]\s*\[\s*[a-z]\s*\]")
# routing30: a value looked up in data said to be sorted already ("정렬된 배열에서 x가 있는지 빠르게 찾는", "정렬되어 있는
# 리스트에서 x의 위치", "whether x is in a sorted array"): searching a sorted array, binary search's, not sorting's (the
# sort is done). Only membership, a position or an index is looked up ("정렬된 배열에서 합이 x인 두 수" is two pointers')
_SORTED_LOOKUP = re.compile(
    r"정렬(?:된|되어\s*있는|돼\s*있는|된\s*상태의)\s*[^.\n]{0,25}?(?:있는지|존재하는지|위치|인덱스|몇\s*번째에)|"
    r"(?<![a-z])sorted\s+(?:array|list|sequence)[^.\n]{0,30}?(?:whether|contains|index\s+of|position\s+of|exists)(?![a-z])|"
    r"(?<![a-z])(?:whether|if)\s+\w+\s+(?:is|exists|appears)\s+in\s+(?:a|the)\s+sorted(?![a-z])")
_FINAL_ARRAY = re.compile(r"마지막|최종|모두 끝난|다 끝난|끝난 뒤|끝난 후|(?<![a-z])(?:final|at the end|after all)(?![a-z])")


# routing29: where or how often one string occurs in another, in words ("입력: 문자열 T와 P. 출력: T 안에 P가 몇 번
# 나오는지와 위치", "긴 문서에서 특정 단어가 나오는 위치 전부", "how many times the pattern P occurs in T"): a pattern in a
# text (KMP). The one looked for is a pattern, a word, a string or a variable's letter — not a letter or a number of
# the data ("문자열에서 각 알파벳이 몇 번 나오는지" counts letters, "배열에서 x가 몇 번 나오는지" numbers)
_OCCURS = re.compile(
    r"(?:안에|에서|속에|속에서|안에서)\s+(?:[가-힣]+\s+){0,2}?(?:(?<![a-z])[a-z]|패턴|단어|문자열|부분\s*문자열|검색어|키워드)"
    r"(?:가|이)\s+(?:(?:몇\s*번|모두|전부|어디(?:에|에서)?|몇\s*군데)\s*)?(?:나오|등장|나타나)|"
    r"(?<![a-z])(?:how many times|how often|every (?:place|position|index)|all (?:the )?(?:positions|places|indices|"
    r"starting positions)|where)\s+(?:(?:does|do|will)\s+)?(?:the\s+|a\s+)?(?:pattern|word|string|substring|[a-z])(?:\s+[a-z])?\s+"
    r"(?:appears?|occurs?|shows? up)\s+(?:in|inside|within)(?![a-z])")
_STRING_WORDS = re.compile(r"문자열|단어|패턴|텍스트|문서|(?<![a-z])(?:strings?|words?|patterns?|text)(?![a-z])")


# routing28: an acronym said aloud and typed by voice in Hangul letter names ("비에프에스 문제 두 개", "엘아이에스",
# "케이엠피로"): a word that is only letter names (a particle may follow) and spells a topic's or area's
# acronym is that acronym; other words stay ("오이" spells no acronym).
_LETTER_NAMES = {"에이": "a", "비": "b", "씨": "c", "디": "d", "이": "e", "에프": "f", "지": "g", "에이치": "h",
                 "아이": "i", "제이": "j", "케이": "k", "엘": "l", "엠": "m", "엔": "n", "오": "o", "피": "p", "큐": "q",
                 "알": "r", "에스": "s", "티": "t", "유": "u", "브이": "v", "더블유": "w", "엑스": "x", "와이": "y", "제트": "z"}
_HANGUL_WORD = re.compile("[가-힣]{2,}")
_SPELLED_PARTICLES = ("", "로", "으로", "는", "은", "를", "을", "이", "가", "랑", "이랑", "와", "과", "도", "만", "문제")


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(k for family in (*families(), *areas()) for k in family.keywords
                     if k.isascii() and k.isalpha() and 2 <= len(k) <= 5)


def _spell(word: str) -> list[str]:
    """Every reading of `word` as a run of letter names."""
    if not word:
        return [""]
    return [letter + rest for name, letter in _LETTER_NAMES.items() if word.startswith(name)
            for rest in _spell(word[len(name):])]


def _spelled_acronym(found: re.Match[str]) -> str:
    word = found.group(0)
    for particle in _SPELLED_PARTICLES:
        if particle and not word.endswith(particle):
            continue
        stem = word[:len(word) - len(particle)] if particle else word
        for spelled in _spell(stem):
            if len(spelled) >= 2 and spelled in _acronyms():
                return spelled + particle
    return word


def normalise(prompt: str) -> str:
    """Lowercase words separated by single spaces, padded with spaces for whole-word matching. 해쉬 is spelt 해시
    (해쉬맵, 롤링 해쉬: the common spelling of hash besides the standard one), and 디피 is DP (구간디피, 비트마스크
    디피: DP read aloud, as keyword lists spell it only for some topics). Everyday words that hold a topic's
    word by accident (catalog/unsupported.toml `lookalike`: 엔트리, 매트리스, 힙합, 비트코인, 소수점, "family tree",
    "stack trace") are masked: they name no topic."""
    # A plus sign standing alone joins two parts ("구간 합 + 업데이트", "LCS + edit distance"): it is a space; one that
    # is part of a word stays (c++, b+ tree).
    lowered = _BIT_ACRONYM.sub("fenwick tree", prompt).lower()
    if _inversion_formula(lowered):
        lowered += " inversions"
    if _RECURRENCE_FORMULA.search(lowered):
        lowered += " recurrence"
    if _BEZOUT_FORMULA.search(lowered):
        lowered += " bezout"
    if len(_CONGRUENCE.findall(lowered)) >= 2:
        lowered += " system of congruences"
    point = bool(_ONE_CHANGED.search(lowered) and (_RANGE_ASKED.search(lowered) or _INDEXED_RANGE_SUM.search(lowered)))
    if point:
        lowered += " point update"
    if _RANGE_ADD.search(lowered) and _RANGE_SUM.search(lowered) and not _FINAL_ARRAY.search(lowered):
        lowered += " range update range sum"
    elif _RANGE_ADD.search(lowered) and _FINAL_ARRAY.search(lowered) and not _RANGE_ASKED.search(lowered):
        lowered += " difference array"  # routing29b: range additions, then the final array (no range asked)
    if _INDEXED_RANGE_SUM.search(lowered) and not point:
        # routing29b: "the sum of a[l..r]"; routing30: not beside an update (a prefix sum takes none: the point update
        # alone names the segment tree, where both used to score, 12 to 11)
        lowered += " sum of a range"
    if _SORTED_LOOKUP.search(lowered):
        lowered += " search in a sorted array"
    if _OCCURS.search(lowered) and _STRING_WORDS.search(lowered):
        lowered += " pattern in a text"
    # routing27: so is a dash standing alone ("Range Sum Query - Mutable", "그리디 - 쉬움")
    words = " ".join(w for w in re.findall(r"[\w\-+#']+", _HASHTAG.sub(" ", _canon(lowered).replace("해쉬", "해시").replace("디피", "dp")))
                     if w.strip("+-"))
    if re.search("[가-힣]", words):
        words = _HANGUL_WORD.sub(_spelled_acronym, words)
    lookalikes = _lookalikes()
    if lookalikes is not None:
        words = " ".join(lookalikes.sub(" ~ ", words).split())
    if _NEXT_GREATER.search(words):
        words += " next greater element"
    return f" {words} "


@lru_cache(maxsize=1)
def _lookalikes() -> re.Pattern[str] | None:
    """One pattern for every lookalike word: a Korean one where a word starts (particles may follow: "엔트리로"),
    its spaces optional; an English one as whole words (a plural s allowed)."""
    with (CATALOG_DIR / "unsupported.toml").open("rb") as fh:
        entries = tomllib.load(fh).get("lookalike", [])
    parts = []
    for word in sorted({w.lower() for entry in entries for w in entry["words"]}, key=len, reverse=True):
        body = re.escape(word).replace(r"\ ", " ?")
        parts.append(f"(?<![a-z0-9]){body}(?:s|es)?(?![a-z0-9])" if word.isascii() else f"(?<![가-힣]){body}")
    return re.compile("|".join(parts)) if parts else None


def _contains(padded: str, keyword: str) -> bool:
    """ASCII phrases match whole words (a trailing plural s allowed); Korean phrases match anywhere, with or
    without their spaces (particles attach to words; people write 위상정렬 and 위상 정렬)."""
    keyword = keyword.lower()
    # Each pattern needs its phrase's first word as it is (ASCII, numbers), or all of its characters in order with
    # at most spaces between them (Korean): a prompt without that text cannot match, and is answered without
    # compiling the phrase's pattern. The catalog has thousands of phrases; compiling each on a cold start's first
    # prompt took about 1.5 s.
    canon = _canon(keyword)
    if keyword.isdigit() or keyword.isascii():
        needed = keyword if keyword.isdigit() else canon.split(" ", 1)[0]
        return needed in padded and _pattern_hit(padded, keyword)
    squashed = canon.replace(" ", "")
    if squashed in _without_spaces(padded):
        return _pattern_hit(padded, keyword)
    if " " not in canon:
        return False
    # routing18: 의 may join a phrase's words ("구간의 최솟값" is 구간 최솟값, "트리의 지름" 트리 지름)
    # and a phrase's own 의 before a space may be left out ("집합 표현" is 집합의 표현); routing28: so may a
    # conjunction ("업데이트와 구간 합", "업데이트 및 구간 합" hold 업데이트 구간 합): the phrase's words, in order
    text, at = _without_spaces(padded).replace("의", ""), 0
    for word in canon.replace("의", "").split():
        at = text.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return _pattern_hit(padded, keyword)


def _pattern_hit(padded: str, keyword: str) -> bool:
    """`_contains` by the phrase's own pattern alone (`keyword` lowercased)."""
    if keyword.isdigit():
        return bool(_problem_number(keyword).search(padded))
    if keyword.isascii():
        return bool(_ascii_pattern(_canon(keyword)).search(padded))
    return _spaced_hit(padded, _canon(keyword))


@lru_cache(maxsize=64)
def _without_spaces(padded: str) -> str:
    return padded.replace(" ", "")


@lru_cache(maxsize=None)
def _problem_number(number: str) -> re.Pattern[str]:
    """A Baekjoon problem number a topic lists ("1753", "백준 1753번 같은 문제", "최솟값 찾기 11003"): the number as a
    word of its own (번 may follow), not a bound after a variable ("n 1753", from "N ≤ 1753"), not a count, a year,
    an ordinal, a size or one end of a range ("1753개", "1753년", "1753번째", "1753 이하의", "-1753 ~ 1753", "1.1753").
    "1753 문제" is problem 1753 (prompt_terms reads no count there either). Not after "leetcode": topics list
    LeetCode's numbers with the site's name ("leetcode 200")."""
    return re.compile(rf"(?<![\w\-+.,^])(?<! [a-z] )(?<!\d )(?<!leetcode )(?<!리트코드 ){number}번?(?= )"
                      rf"(?! (?:이하|이상|미만|초과|개|문항|명|년|초 |x |ms |mb |kb ))")


@lru_cache(maxsize=None)
def _ascii_pattern(keyword: str) -> re.Pattern[str]:
    # Hangul next to an ASCII word is a boundary too: "bfs로", "dp문제". Compiled once per phrase: the catalog has
    # thousands, more than re's own cache holds, and recompiling them made every match take most of a second.
    # A phrase of several words may also be written as one, as hashtags and code names are: #prefixsum, #unionfind,
    # twopointers (not across a digit: "0 1 bfs" stays two words).
    # Learners writing English as a second language drop articles and plurals: "meet in middle", "all pair shortest
    # path", "strongly connected component" — an inner "the" is optional, and so is the s of a plural word after
    # a phrase's first ("coins" and "paths in a grid" keep theirs: "coin change", "shortest path in a grid").
    # A hyphen may stand for the space between two words ("01-BFS", "edit-distance", "sliding-window"), as 0-1 BFS,
    # union-find and bellman-ford have theirs.
    words = keyword.split(" ")
    parts = []
    for i, (w, nxt) in enumerate(zip(words, words[1:])):
        gap = "[ \\-]?" if w[-1:].isalpha() and nxt[:1].isalpha() else "[ \\-]"
        # routing28: a conjunction may join a phrase's words ("update and range", "updates then range sum" hold
        # "update range"; a plural's s before it too)
        if (w.isalpha() and nxt[:1].isalpha() and w not in _CONJUNCTIONS_EN and nxt not in _CONJUNCTIONS_EN
                and _joinable(keyword, i + 1)):
            gap = f"(?:{gap}|(?:s|es)? (?:and then|and|then|&) )"
        # routing27: an inner word may take a plural's s too ("range updates and range sum queries" holds "range
        # update and range sum")
        parts.append(f"(?:the{gap})?" if w == "the" and i > 0
                     else (_plural_optional(w) + ("s?" if len(w) >= 4 and w.isalpha() and not w.endswith("s") else "")
                           if i > 0 else re.escape(w)) + gap)
    body = "".join(parts) + (_plural_optional(words[-1]) if len(words) > 1 else re.escape(words[-1]))
    # "non-negative weights" names no negative weights (Dijkstra's, not Bellman-Ford's): a word after non is its opposite
    return re.compile(rf"(?<![a-z0-9])(?<!non-)(?<!non ){body}(?:s|es)?(?![a-z0-9])")


def _plural_optional(word: str) -> str:
    if len(word) >= 4 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return re.escape(word[:-1]) + "s?"
    return re.escape(word)


# routing28: conjunctions that may stand between a phrase's words (Korean ones attach to the word before, 및 stands
# alone): a phrase said as two things joined ("점 업데이트와 구간 합", "update and range sum") is the phrase.
_CONJUNCTIONS_KO = "와|과|및|이랑|랑"
_CONJUNCTIONS_EN = frozenset({"and", "then", "or", "the", "of", "a", "an"})


@lru_cache(maxsize=1)
def _phrase_owners() -> dict[str, frozenset[str]]:
    """Every topic's and area's phrase (squashed, without 의) and the families that list it."""
    owners: dict[str, set[str]] = {}
    for family in (*families(), *areas()):
        for keyword in family.keywords:
            owners.setdefault(_squash(keyword).replace("의", ""), set()).add(family.name)
    return {k: frozenset(v) for k, v in owners.items()}


@lru_cache(maxsize=None)
def _joinable(keyword: str, cut: int) -> bool:
    """May a conjunction stand between the phrase's first `cut` words and the rest? Not where each side alone is
    another family's phrase: "트리와 DP", "trees and DP" name two things, not tree DP (routing28)."""
    owners, words = _phrase_owners(), keyword.split(" ")
    own = owners.get(_squash(keyword).replace("의", ""), frozenset())
    left = owners.get(_squash(" ".join(words[:cut])).replace("의", ""), frozenset()) - own
    right = owners.get(_squash(" ".join(words[cut:])).replace("의", ""), frozenset()) - own
    return not (left and right)


@lru_cache(maxsize=None)
def _spaced_pattern(keyword: str) -> tuple[re.Pattern[str], frozenset[int]]:
    """The phrase with an optional space between any two characters, and where the phrase itself has spaces."""
    squashed = keyword.replace(" ", "")
    gaps, index = set(), 0
    for ch in keyword:
        if ch == " ":
            gaps.add(index)
        else:
            index += 1
    # where the phrase has a space, a genitive 의 may stand too ("구간의 최솟값" for 구간 최솟값), routing18
    # and the phrase's own 의 before a space may be left out ("집합 표현" for 집합의 표현)
    parts = [re.escape(squashed[0])]
    for i, ch in enumerate(squashed[1:], start=1):
        # routing28: and a conjunction ("업데이트와 구간 합", "업데이트 및 구간 합" for 업데이트 구간 합)
        joiners = [*(("의",) if squashed[i - 1] != "의" else ()),
                   *((_CONJUNCTIONS_KO,) if i in gaps and _joinable(keyword, sorted(gaps).index(i) + 1) else ())]
        part = (f" ?(?:(?:{'|'.join(joiners)}) ?)?" if i in gaps and joiners else " ?") + re.escape(ch)
        parts.append(f"(?:{part})?" if ch == "의" and i + 1 in gaps else part)
    pattern = "".join(parts)
    return re.compile(f"(?=({pattern}))"), frozenset(gaps)


def _spaced_hit(padded: str, keyword: str) -> bool:
    """A Korean (or Japanese) phrase may drop its own spaces anywhere ("위상 정렬" in "위상정렬"), but a space the
    phrase does not have may split it only when the match starts a word ("위상정렬" in "위상 정렬"): otherwise
    "후위 순회 문제" would hold 회문 (palindrome) across two words."""
    if not keyword.replace(" ", ""):
        return False
    pattern, gaps = _spaced_pattern(keyword)
    squashed = keyword.replace(" ", "")
    for found in pattern.finditer(padded):
        text, start = found.group(1), found.start()
        index, inserted = 0, False
        for ch in text:
            left_out = index < len(squashed) and squashed[index] == "의" and index + 1 in gaps  # the phrase's 의
            if ch == " ":
                inserted = inserted or (index not in gaps and not left_out)
            elif index < len(squashed) and ch == squashed[index]:
                index += 1
            elif left_out and index + 1 < len(squashed) and ch == squashed[index + 1]:
                index += 2
            # else: a genitive 의 the pattern lets stand where the phrase has a space
        if keyword[-1].isdigit() and _number_is_something_else(keyword, padded, start + len(text)):
            continue
        if keyword in _NUMBERED_SERIES and re.match(r" ?\d", padded[start + len(text):]):
            continue  # "숨바꼭질 5" is not 숨바꼭질
        if not inserted or not _is_word_char(padded[start - 1]):
            return True
    return False


# After a phrase ending in a number (a Baekjoon title: 동전 2, 숨바꼭질 3): a count unit may mean the number was a
# count ("동전 2문제": two coin problems, not Baekjoon's 동전 2).
_COUNT_UNIT = re.compile(r" ?(?:개|문제|문항|題|問)")


def _number_is_something_else(keyword: str, padded: str, end: int) -> bool:
    """"동전 10" is not 동전 1; and where the title without its number names a topic itself ("동전" does, "숨바꼭질"
    does not), a count unit after the number makes it a count: "동전 2문제" goes by 동전, "숨바꼭질 3문제" stays
    Baekjoon's 숨바꼭질 3."""
    if padded[end:end + 1].isdigit():
        return True
    title = keyword.rstrip("0123456789").strip()
    if title in _NUMBERED_SERIES or not _COUNT_UNIT.match(padded, end):
        return False
    # a title that only holds a topic's phrase needs the unit glued to the number: "구간 합 구하기 2문제" is a count,
    # "피보나치 수 6 문제" Baekjoon's 피보나치 수 6
    return title in _bare_keywords() or (padded[end:end + 1] != " " and _title_names_topic(title))


# routing16: Baekjoon titles whose numbered sequels are other problems (숨바꼭질 is 1697; 숨바꼭질 2–6 are 12851, 13549,
# 13913, 17071, 17087): the bare title names the first only, never before a number ("숨바꼭질 3문제" stays 숨바꼭질 3)
_NUMBERED_SERIES = frozenset({"숨바꼭질"})


@lru_cache(maxsize=None)
def _title_names_topic(title: str) -> bool:
    """A Korean title (without its number) that holds a topic's Korean phrase: "구간 합 구하기" holds 구간 합."""
    bare = _bare_keywords()
    return not title.isascii() and any(len(k) >= 2 and not k.isascii() and not k[-1].isdigit() and k in title
                                       for k in bare)


@lru_cache(maxsize=1)
def _korean_keywords() -> tuple[str, ...]:
    return tuple(sorted({_canon(k) for topic in [*families(), *areas()] for k in topic.keywords if re.search("[가-힣]", k)}))


@lru_cache(maxsize=1)
def _bare_keywords() -> frozenset[str]:
    return frozenset(_canon(k.lower()) for topic in [*families(), *areas()] for k in topic.keywords)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


# "KMP 말고 해싱으로", "DP가 아니라 그리디", "not KMP": a phrase the prompt turns down names no topic.
_NOT_AFTER = ("말고", "말구", "빼고", "대신", "제외", "제외하고", "제외한", "아니라", "아니고", "없이", "안 쓰고", "안 쓰는", "쓰지 말고",
              "쓰지 않고",  # routing15: "이분탐색 제외하고 투포인터" (제외 as a verb)
              "없는",  # routing29: "lazy propagation 없는 일반 세그먼트 트리", "사이클 없는 그래프", "가중치 없는 그래프"
              "까지는 안", "까진 안", "까지 안", "안 하고", "안 가고", "안 다루고", "까지는 말고", "까진 말고", "까지 말고",  # routing16: "2-SAT까지는 안 가고 SCC만"
              "free",  # routing19: "a Fenwick-free prefix sum problem", "recursion-free"
              # routing26: done with it, mid-session ("DP는 이제 됐고 그리디 해볼래요", "스택은 됐으니 큐 문제")
              "됐고", "됐으니", "됐어요", "됐어", "이제 됐고", "이제 됐으니", "이제 됐어요", "이제 됐어",
              # routing28: tired of it, or learnt it now ("스택은 지겨워요 큐로 2개", "BFS는 이제 알겠고 다익스트라")
              "지겨워요", "지겨워", "지겹고", "지겨우니", "지겨워서", "질렸어요", "질렸어", "질렸고", "질렸으니",
              "알겠고", "알겠으니", "이제 알겠고", "이제 알겠으니", "그만하고", "이제 그만")
_NOT_BEFORE = ("not", "no", "instead of", "without", "other than", "except", "rather than", "anything but",  # "no DP please"
               "don't want", "do not want", "dont want",  # routing19: "I don't want segment trees; …"
               "not a", "not an", "avoid", "avoiding")  # routing28: "not a grid, a general graph", "avoid DP this time"
_NOT_BEFORE += ("not the",)  # routing29: "not the recursive version, iterative DP"
# routing29: the plain variant turned down ("not plain nim, the Sprague-Grundy kind", "not the basic LIS") turns down a
# focus it names, not the topic (`_narrowed`): "not the basic knapsack, unbounded" still asks for knapsack problems
_NOT_PLAIN_BEFORE = _NOT_BEFORE + tuple(f"{no} {plain}" for no in ("not", "not the", "not a", "not just")
                                        for plain in ("plain", "basic", "simple", "regular", "normal", "classic", "standard"))
_PARTICLES = ("", "은", "는", "이", "가", "을", "를")
# "세그먼트 트리로 푸는 LIS", "유니온 파인드를 이용한 크루스칼", "LIS 이분 탐색 풀이", "LIS using binary search":
# a phrase marked as the means names the tool, not the problem, when another topic is named plainly.
_TOOL_AFTER = ("로 푸는", "으로 푸는", "로 풀이", "으로 풀이", "로 해결", "으로 해결", "이용한", "이용해서", "이용해",
               "이용하는", "사용한", "사용해서", "사용해", "사용하는", "활용한", "풀이", "사용",
               # "이분 탐색으로 최적화하는 LIS": the tool that speeds up the named problem
               "로 최적화", "으로 최적화", "로 최적화한", "으로 최적화한", "로 최적화하는", "으로 최적화하는",
               "로 최적화된", "으로 최적화된",
               "버전", "버전으로",
               "쓰는", "써서", "쓴")  # routing29: "이분 탐색 쓰는 빠른 버전"  # "LIS 문제 이분 탐색 버전으로": the variant that solves it with binary search
_TOOL_BEFORE = ("using", "via", "by using", "use", "uses", "use a", "use an", "use the")  # not "with": "kruskal with union find" names both (union_find.kruskal)


def _marked(padded: str, keyword: str, after: tuple[str, ...], before: tuple[str, ...]) -> bool:
    """The keyword followed (a particle allowed in between) by one of `after` ending a word ("이분 그래프가
    아니라면 -1" turns nothing down), or preceded by one of `before`. A phrase turned down may be followed by 문제
    ("그래프 문제 말고 문자열 문제")."""
    return (any(not (after is _NOT_AFTER and _variant_turned_down(padded, keyword, found.end()))
                for found in _after_pattern(keyword.lower(), after, after is _NOT_AFTER).finditer(padded))
            or any(_contains(padded, f"{word} {keyword}") for word in before))


# routing29: "N^2 LIS 말고 NlogN 버전", "기본 LIS 말고 이분 탐색 쓰는 빠른 버전": the phrase turned down and then a
# version of it asked for — 버전 (version, variant) after at most four words that name no other topic, unless a
# focus of the turned-down phrase's own topic names them with it ("lis 이분 탐색") — turns down one variant of the
# topic, not the topic ("다익스트라 말고 플로이드 버전", "KMP 말고 해싱 버전" still turn theirs down).
_VARIANT_AFTER = re.compile(r" ?((?:[^ ]+ ){0,4}?)(?:버전|version|variant)(?:으로|이|을|의|은|으로요)?(?![가-힣a-z])")


def _variant_turned_down(padded: str, keyword: str, end: int) -> bool:
    found = _VARIANT_AFTER.match(padded, end)
    if found is None:
        return False
    owners = _phrase_owners()
    own = owners.get(_squash(keyword).replace("의", ""), frozenset())
    if not own:
        return False
    between = _squash(found.group(1)).replace("의", "")
    focus = [_squash(k) for t in families() if t.name in own for f in focuses_of(t) for k in f.keywords]
    own_key = _squash(keyword)
    for phrase, names in owners.items():
        if len(phrase) < 2 or names & own or phrase not in between:
            continue
        if not any(own_key in f and phrase in f for f in focus):
            return False
    return True


@lru_cache(maxsize=None)
def _after_pattern(keyword: str, after: tuple[str, ...], negation: bool = False) -> re.Pattern[str]:
    squashed = _canon(keyword).replace(" ", "")
    start = "(?<![a-z0-9])" if squashed[:1].isascii() and squashed[:1].isalnum() else ""
    particles = "|".join(p for p in _PARTICLES if p)
    words = "|".join(re.escape(w).replace(r"\ ", " ?") for w in after)
    noun = f"(?:문제(?:{particles})? ?)?" if negation else ""
    # a hyphen may stand where the phrase has a space or none ("2-SAT까지는 안 가고" turns down 2 sat and 2sat)
    return re.compile(start + "[ \\-]?".join(map(re.escape, squashed)) + f"(?:{particles})?[ \\-]?{noun}(?:{words})(?![가-힣a-z])")


@lru_cache(maxsize=None)
def _bare_means_pattern(keyword: str) -> re.Pattern[str]:
    squashed = _canon(keyword).replace(" ", "")
    start = "(?<![a-z0-9])" if squashed[:1].isascii() and squashed[:1].isalnum() else ""
    # a name of two letters or more: not "이분 탐색으로 k번째로 작은 수"
    return re.compile(start + " ?".join(map(re.escape, squashed)) + r"(?:으로|로) (?=[a-z]{2})")


def _means_before_name(padded: str, keyword: str) -> bool:
    """"이분 탐색으로 LIS", "세그트리로 LIS", "유니온파인드로 MST": a bare 로/으로 before a Latin name (the problem's
    acronym) makes the first phrase the means. Not before a Korean word: "유니온 파인드로 구현하는 문제" asks for
    union-find problems, not implementation ones."""
    return bool(_bare_means_pattern(keyword.lower()).search(padded))


def _means_before_hit(padded: str, keyword: str, hits) -> bool:
    """routing28: a bare 로/으로 right before another phrase the prompt names, that phrase then implemented, makes
    the first the means in Korean too ("유니온 파인드로 크루스칼 구현", "힙으로 다익스트라 구현"); not before the verb
    구현 alone ("유니온 파인드로 구현하는 문제" asks for union-find problems), and not before a problem's shape ("투
    포인터로 두 수의 합": the technique named by its title is the ask)."""
    for found in _bare_means_korean(keyword.lower()).finditer(padded):
        words = padded[found.end():].split()[:4]
        verb = next((i for i, w in enumerate(words) if w.startswith("구현")), None)
        if not verb:
            continue
        rest = " " + " ".join(words[:verb]) + " "
        if any(_squash(h) != _squash(keyword) and h not in _VERB_HITS and _squash(h)[:1] == rest[1:2]
               and _contains(rest, h) for h in hits):
            return True
    return False


@lru_cache(maxsize=None)
def _bare_means_korean(keyword: str) -> re.Pattern[str]:
    squashed = _canon(keyword).replace(" ", "")
    start = "(?<![a-z0-9])" if squashed[:1].isascii() and squashed[:1].isalnum() else ""
    return re.compile(start + " ?".join(map(re.escape, squashed)) + r"(?:으로|로) (?=[가-힣])")


def _squash(keyword: str) -> str:
    # a hyphen joins words as a space does ("union-find" and "union find" are one phrase)
    return _canon(keyword).replace(" ", "").replace("-", "").lower()


def _marks(padded: str, pool, raw: dict[int, tuple[str, ...]]) -> tuple[set[str], set[str]]:
    """The phrases (squashed) the prompt turns down, and those it names as the means. Across all topics and
    areas: "이분 탐색 말고" turns down the 이분 inside it too, whichever topic lists it; "DP가 아니라 그리디" no
    longer trips greedy's exclusion of DP words."""
    may_negate = any(w in padded for w in _NOT_AFTER) or any(f" {w} " in padded for w in _NOT_BEFORE)
    may_tool = any(w in padded for w in ("로 ", "으로 ", "이용", "사용", "활용", "풀이", " using ", " via ", " use ", " uses "))
    if not (may_negate or may_tool):
        return set(), set()
    hits = {k for found in raw.values() for k in found}
    hits |= {k for area in areas() if id(area) not in raw for k in area.keywords if _contains(padded, k)}
    down = {_squash(k) for k in hits if may_negate and _marked(padded, k, _NOT_AFTER, _NOT_BEFORE)
            and not _asked_again(padded, k)}
    tools = {_squash(k) for k in hits if may_tool and (_marked(padded, k, _TOOL_AFTER, _TOOL_BEFORE)
                                                       or _means_before_name(padded, k)
                                                       or _means_before_hit(padded, k, hits))}
    return down, tools


def _asked_again(padded: str, keyword: str) -> bool:
    """routing25b: the phrase turned down is named again, plainly ("보통 그리디 말고 어려운 그리디", "not easy DP but hard
    DP"): the same topic at another level (prompt_terms reads the level asked), not the topic turned down."""
    rest = _after_pattern(keyword.lower(), _NOT_AFTER, True).sub(" ~ ", padded)
    for word in _NOT_BEFORE:
        rest = re.sub(rf"(?<![a-z]){re.escape(word)} (?:[a-z가-힣]+ ){{0,2}}?{re.escape(_canon(keyword.lower()))}(?![a-z])",
                      " ~ ", rest)
    return rest != padded and _contains(rest, keyword)


def _inside(keyword: str, phrases: set[str]) -> bool:
    # routing18: with and without a genitive 의 ("뤼카의 정리" is inside a turned-down "뤼카 정리")
    bare = _squash(keyword).replace("의", "")
    return any(_squash(keyword) in phrase or bare in phrase.replace("의", "") for phrase in phrases)


# A problem's number names that one problem: it outweighs the generic words of its title ("구간 합 구하기 2042" is
# the segment tree problem, "부분합 1806" the two-pointer one), though not a long phrase naming a technique.
_NUMBER_WEIGHT = 16


# routing16: so does a Korean title with its number ("동전 1", "이항 계수 3", "구간 합 구하기 2": one problem each)
_NUMBERED_TITLE = re.compile(r"[가-힣] \d{1,2}$")


def _without_conjunctions(keyword: str) -> str:
    """The phrase squashed, without 의 and without a conjunction between its words (the forms matching lets stand)."""
    words = [w for w in _canon(keyword).lower().split(" ") if w not in ("and", "then", "&", "및")]
    words = [re.sub(f"(?:{_CONJUNCTIONS_KO})$", "", w) if i < len(words) - 1 and not w.isascii() else w
             for i, w in enumerate(words)]
    return _squash(" ".join(words)).replace("의", "")


def _weight_of(keyword: str) -> int:
    return _weight((keyword,))


def _weight(hits) -> int:
    return sum(_NUMBER_WEIGHT if k.isdigit() else
               max(len(k.replace(" ", "")) * (2 if not k.isascii() else 1),
                   _NUMBER_WEIGHT if _NUMBERED_TITLE.search(k) else 0) for k in hits)


def _score(topic, padded: str, down: set[str] = frozenset(), tools: set[str] = frozenset(),
           found: tuple[str, ...] | None = None) -> tuple[int, tuple[str, ...], int]:
    """(score, hits, score without the hits named only as the means). `found`: the topic's keywords in the prompt."""
    if found is None:
        found = tuple(k for k in topic.keywords if _contains(padded, k))
    hits = tuple(k for k in found if not _inside(k, down))
    if not hits:
        return 0, (), 0
    requires, excludes = _spec_field(topic, "requires"), _spec_field(topic, "excludes")
    if requires and not any(_contains(padded, r) for r in requires):
        return 0, (), 0
    if any(_contains(padded, e) and not _inside(e, down) for e in excludes):
        return 0, (), 0
    # Longer phrases are stronger evidence ("shortest path" beats "path"); a phrase inside a longer hit of the
    # same topic does not count twice.
    # "배낭 문제" and "배낭문제" are one phrase, and so are "구간의 합" and "구간합" (routing18: 의 is optional)
    # routing28: and so are its forms with a conjunction ("range update range sum", "range update and range sum")
    squashed: dict[str, str] = {}
    for k in sorted(hits, key=_weight_of):  # of one phrase's forms the lightest counts: 구간합, not 구간의합
        squashed.setdefault(_without_conjunctions(k), k)
    kept = [k for s, k in squashed.items() if not any(s != other and s in other for other in squashed)]
    return _weight(kept), tuple(kept), _weight(k for k in kept if not _inside(k, tools))


# 구현 / implementation name the implementation topic and are also the verb "implement": "힙 구현 문제", "스택 구현",
# "BFS 구현", "trie implementation", "implement a heap" ask for the named structure, not a simulation.
_VERB_HITS = {"구현": "implementation", "implementation": "implementation"}


@lru_cache(maxsize=None)
def _verb_pattern(keyword: str, verb: str) -> re.Pattern[str]:
    squashed = _canon(keyword).replace(" ", "")
    start = "(?<![a-z0-9])" if squashed[:1].isascii() and squashed[:1].isalnum() else ""
    body = " ?".join(map(re.escape, squashed))
    particles = "|".join(p for p in _PARTICLES if p)
    if verb.isascii():
        return re.compile(rf"{start}{body}(?:s|es)? {verb}|implement(?:ing)? (?:a |an |the |your own )?{body}(?![a-z0-9])")
    return re.compile(rf"{start}{body}(?:{particles})? ?(?:직접 )?{verb}")


def _drop_the_verb(padded: str, pool, raw: dict[int, tuple[str, ...]]) -> None:
    """Where the implementation topic's only hits are 구현 / implementation and they follow (or "implement"
    precedes) another topic's phrase, they are the verb: the implementation topic is not named."""
    for topic in pool:
        hits = raw[id(topic)]
        if not hits or any(_VERB_HITS.get(k) != topic.name for k in hits):
            continue
        others = [k for other in pool if other is not topic for k in raw[id(other)]]
        if others and all(any(_verb_pattern(k.lower(), verb).search(padded) for k in others) for verb in hits):
            raw[id(topic)] = ()


# routing26: a weight said alone ("가중치", "weighted", "edge weights") is a weighted graph's only beside a graph's or a
# path's word, and not in a tree: "똑같은 걸로 가중치만 추가해서" names nothing, "트리에서 … 최대 가중치 합" is a tree's
# DP; "가중치 그래프", "weighted graph", "가중치 있는 최단 경로" stay Dijkstra's.
_BARE_WEIGHTS = frozenset({"가중치", "가중치가 있는", "weighted", "edge weights"})
_GRAPH_WORDS = re.compile(r"최단|경로|거리|그래프|간선|정점|도시|도로|(?<![a-z])(?:shortest|paths?|routes?|distances?|graphs?|"
                          r"edges?|vertex|vertices|roads?|cit(?:y|ies))(?![a-z])")
_TREE_WORDS = re.compile(r"트리|(?<![a-z])trees?(?![a-z])")


def _drop_bare_weights(padded: str, pool, raw: dict[int, tuple[str, ...]]) -> None:
    if _GRAPH_WORDS.search(padded) and not _TREE_WORDS.search(padded):
        return
    for topic in pool:
        hits = raw[id(topic)]
        if hits and all(k.lower() in _BARE_WEIGHTS for k in hits):
            raw[id(topic)] = ()


# routing27: a bitmask beside a search (BFS, DFS) is the search's state ("BFS로 푸는 그래프 문제인데 비트마스크로 상태 표현",
# "BFS on a grid where the state includes a bitmask of keys"): a bare bitmask word names no bit manipulation there
_BARE_BITMASK = frozenset({"비트마스크", "비트 마스크", "비트마스킹", "비트", "bitmask", "bitmasks", "bit mask", "bit masks", "bitmasking",
                           "bit", "bits"})
_SEARCH_WORDS = re.compile(r"(?<![a-z])(?:bfs|dfs)(?![a-z])|너비 ?우선|깊이 ?우선|(?<![a-z])(?:breadth|depth)[ -]first(?![a-z])")


def _drop_bitmask_state(padded: str, pool, raw: dict[int, tuple[str, ...]]) -> None:
    if not _SEARCH_WORDS.search(padded):
        return
    for topic in pool:
        hits = raw[id(topic)]
        if hits and all(k.lower() in _BARE_BITMASK for k in hits):
            raw[id(topic)] = ()


# routing27: a pair of nodes named as any pair ("between any two nodes", "임의의 두 노드 사이") is the diameter's only
# beside the longest or farthest of them ("longest path between any two nodes"); without one it asks for a pair's
# distance ("shortest distance between any two nodes of a tree": the LCA's)
_ANY_PAIR = frozenset({"between any two nodes", "임의의 두 점 사이", "임의의 두 노드 사이"})
_EXTREME = re.compile(r"가장|제일|최대|최댓|최장|멀리|(?<![a-z])(?:longest|farthest|furthest|maximum|max|largest|greatest|"
                      r"diameter|most distant)(?![a-z])")


def _drop_any_pair(padded: str, pool, raw: dict[int, tuple[str, ...]]) -> None:
    if _EXTREME.search(padded):
        return
    for topic in pool:
        hits = raw[id(topic)]
        if hits and any(k in _ANY_PAIR for k in hits):
            raw[id(topic)] = tuple(k for k in hits if k not in _ANY_PAIR)


# A word that switches script inside itself: "유니온find", "세그먼트tree", "binary서치", "priority큐".
_MIXED_WORD = re.compile(r"(?=[^ ]*[가-힣])(?=[^ ]*[a-z])[^ ]+")


@lru_cache(maxsize=None)
def _mixed_forms(keywords: tuple[str, ...]) -> dict[str, str]:
    """Each way of writing one of the topic's phrases with some words in English and the others in Korean, as one
    word ("유니온find", "segment트리"), where the topic has the phrase in both languages with as many words ("union
    find" / "유니온 파인드"), word for word, or a run of two words or more of such a phrase: form → the Korean
    words without their spaces."""
    latin = [k.lower() for k in keywords if k.isascii() and " " in k and re.fullmatch(r"[a-z ]+", k.lower())]
    hangul = [_canon(k) for k in keywords if re.fullmatch(r"[가-힣]+(?: [가-힣]+)+", _canon(k))]
    forms: dict[str, str] = {}
    for english in latin:
        words = english.split(" ")
        for korean in hangul:
            parts = korean.split(" ")
            if len(parts) != len(words) or len(words) > 4:
                continue
            choices = [[w, p] + ([w[:-1]] if len(w) > 3 and w.endswith("s") else []) for w, p in zip(words, parts)]
            # every run of two words or more: "sliding윈도우" is the start of "sliding window maximum"
            for first in range(len(words) - 1):
                for last in range(first + 2, len(words) + 1):
                    for picked in product(*choices[first:last]):
                        mixed = "".join(picked)
                        if re.search("[가-힣]", mixed) and re.search("[a-z]", mixed):
                            forms.setdefault(mixed, "".join(parts[first:last]))
    return forms


# A Korean particle after a mixed word: "유니온find로", "세그먼트tree를"
_TRAILING_PARTICLE = re.compile(r"(?:으로|로|은|는|이|가|을|를|의|도|만)$")


def _mixed_hits(padded: str, topic) -> tuple[str, ...]:
    """The topic's keywords the prompt holds once a mixed-script word is spelt in Korean: "유니온find" is 유니온파인드,
    "binary서치 문제" 바이너리서치, "sliding윈도우 최댓값" 슬라이딩윈도우 최댓값."""
    forms = _mixed_forms(tuple(topic.keywords))
    spelt = padded
    for word in _MIXED_WORD.findall(padded):
        particle = _TRAILING_PARTICLE.search(word)
        for candidate, tail in ((word, ""), (word[:particle.start()], particle.group(0)) if particle else (word, "")):
            if candidate in forms:
                spelt = spelt.replace(f" {word} ", f" {forms[candidate]}{tail} ")
                break
    if spelt == padded:
        return ()
    return tuple(k for k in topic.keywords if _contains(spelt, k))


def _spec_field(topic, name: str):
    """A field of a topic's spec, empty where the pool's entry has no spec or leaves it unset (an area, a bare keyword
    holder)."""
    return getattr(getattr(topic, "spec", None), name, None) or ()


def _titles(topic) -> tuple[str, ...]:
    """A topic's titles, one per language (an area or a bare keyword holder may have none)."""
    return tuple(dict(_spec_field(topic, "title")).values())


def _title_words(topic) -> str:
    return " ".join(_squash(t) for t in _titles(topic))


def _drop_turned_down_topics(pool, raw: dict[int, tuple[str, ...]], down: set[str]) -> None:
    """routing18: a topic turned down by a word of its own title ("힙 말고 정렬로 k번째로 큰 수", "not KMP") is not
    served by its other phrases, the story ones (k번째로 큰 is the heap's), unless another hit names it too — a word
    of its title ("BFS 말고 DFS로 격자 탐색": DFS) or one of its focuses ("DFS 말고 단절점")."""
    for topic in pool:
        hits = raw[id(topic)]
        title = _title_words(topic)
        named = [_squash(k) for k in hits if _squash(k) in down and _squash(k) in title] if hits and title else []
        if not named:
            continue
        focus = {k for f in getattr(topic.spec, "focus", ()) for k in f.keywords}
        # "모노토닉 스택 말고 괄호 스택": the focus is turned down (스택 inside it), not the topic
        focus_down = [_squash(k) for k in hits if k in focus and _squash(k) in down]
        if all(any(word in phrase for phrase in focus_down) for word in named):
            continue
        kept = [k for k in hits if not _inside(k, down)]
        # routing28: nor where a kept hit is a technique's name from any topic's title ("DFS 말고 BFS로 풀 수 있는
        # 문제": BFS is grid_bfs's title name and graph traversal's keyword), not a story phrase
        if not any(_squash(k) in title or k in focus or _squash(k).replace("의", "") in _all_title_names()
                   for k in kept):
            raw[id(topic)] = ()


@lru_cache(maxsize=1)
def _all_title_names() -> frozenset[str]:
    return frozenset(name for topic in families() for name in _title_names(_titles(topic)))


def rank_topics(prompt: str, pool=None) -> list[tuple[int, object, tuple[str, ...]]]:
    """Topics the prompt names, best first (`pool`: what to rank, the catalog's topics by default)."""
    padded = normalise(prompt)
    catalog_topics = pool is None
    pool = families() if pool is None else pool
    raw = {id(topic): tuple(k for k in topic.keywords if _contains(padded, k)) for topic in pool}
    if _MIXED_WORD.search(padded):
        for topic in pool:
            extra = _mixed_hits(padded, topic)
            raw[id(topic)] += tuple(k for k in extra if k not in raw[id(topic)])
    _drop_the_verb(padded, pool, raw)
    _drop_bare_weights(padded, pool, raw)
    _drop_any_pair(padded, pool, raw)
    _drop_bitmask_state(padded, pool, raw)
    for topic in pool:  # routing27: a bare title counts beside its topic's own words ("치즈 문제처럼 녹는 거 BFS")
        if raw[id(topic)] and (titles := tuple(t for t in _spec_field(topic, "bare_titles") if _contains(padded, t))):
            raw[id(topic)] += tuple(t for t in titles if t not in raw[id(topic)])
    down, tools = _marks(padded, pool, raw)
    if down:
        _drop_turned_down_topics(pool, raw, down)
    scored = [(topic, *_score(topic, padded, down, tools, raw[id(topic)])) for topic in pool]
    scored = [row for row in scored if row[1]]
    scored = _without_overlapped(padded, scored, raw, down, tools)
    if tools and any(plain for *_, plain in scored):
        # A topic named only as the means ("세그먼트 트리로 푸는 LIS") ranks after the topics named plainly.
        ranked = [(plain or 1, topic, hits) for topic, _, hits, plain in scored]
    else:
        ranked = [(score, topic, hits) for topic, score, hits, _ in scored]
    ranked.sort(key=lambda row: (-row[0], row[1].name))
    if catalog_topics and len(ranked) > 1:
        ranked = _held_by_longer(_solver_named(ranked))
        # A technique named by its title as the way to solve ("이분 탐색으로 k번째로 작은 수", "투 포인터로 합이 S인
        # 부분 배열의 경우의 수", "다익스트라로 ... 최단 거리") beats a topic the prompt only describes in story or shape
        # phrases, however long they are (README, "How a prompt becomes a topic and a task").
        first = min((i for k in ranked[0][2] if (i := padded.find(_canon(k.lower()))) >= 0), default=-1)
        means = {id(topic) for topic, _, hits, _ in scored if _solved_with_title(padded, topic, hits, tools, first)}
        if means and not _titled(ranked[0][1], ranked[0][2]):
            ranked.sort(key=lambda row: id(row[1]) not in means)
    if catalog_topics:
        ranked = _bounded(prompt, pool, raw, down, ranked)
    return ranked


def _without_overlapped(padded: str, scored, raw: dict[int, tuple[str, ...]], down: set[str], tools: set[str]):
    """routing30: a phrase of one topic that the prompt holds only as part of a longer phrase another topic scores
    with is that phrase's word, not a name of its own (the longest phrase takes the words it covers): greedy's "배수
    관계" inside knapsack's "배수 관계가 아닌", graph traversal's "이분 그래프" inside "이분 그래프 판별". Within one topic
    `_score` already counts such a phrase once. A phrase said again elsewhere in the prompt still counts."""
    if len(scored) < 2:
        return scored
    text = padded.replace(" ", "").replace("-", "")
    longer = {id(topic): [s for k in hits if (s := _squash(k)) in text] for topic, _, hits, _ in scored}
    rows = []
    for topic, score, hits, plain in scored:
        others = [s for other, *_ in scored if other is not topic for s in longer[id(other)]]
        gone = set()
        for k in raw[id(topic)]:
            short = _squash(k)
            covering = [s for s in others if short != s and short in s
                        and not _contested(text, s, [o for o in longer[id(topic)] if o not in s])]
            if covering and short not in _masked(text, covering):
                gone.add(k)
        if gone:
            score, hits, plain = _score(topic, padded, down, tools, tuple(k for k in raw[id(topic)] if k not in gone))
            if not hits:
                continue
        rows.append((topic, score, hits, plain))
    return rows


def _contested(text: str, phrase: str, own: list[str]) -> bool:
    """Another longer hit of the covered topic overlaps the covering phrase and runs past it ("슬라이딩 윈도우 최소
    길이": two pointers' "윈도우 최소 길이" against the monotonic deque's "슬라이딩 윈도우 최소"): the words are disputed,
    and each topic keeps its phrases."""
    spans = [(m.start(), m.start() + len(phrase)) for m in re.finditer(re.escape(phrase), text)]
    for hit in own:
        for m in re.finditer(re.escape(hit), text):
            if any(m.start() < b and a < m.end() and not (a <= m.start() and m.end() <= b) for a, b in spans):
                return True
    return False


def _masked(text: str, phrases: list[str]) -> str:
    for phrase in sorted(phrases, key=len, reverse=True):
        text = text.replace(phrase, "\x00")
    return text


def _solver_named(ranked):
    """routing25b: a topic named beside a problem of another topic that its tasks solve too (topic.toml `also_solves`:
    "count inversions using Fenwick trees", "펜윅 트리로 inversion 세기", "inversion count with BIT") comes first: the
    problem is the first topic's by its words, the technique asked for is the second's."""
    top_hits = [_squash(k) for k in ranked[0][2]]
    for i, (score, topic, hits) in enumerate(ranked[1:], start=1):
        solves = [_squash(k) for k in _spec_field(topic, "also_solves")]
        if solves and all(any(s in hit for s in solves) for hit in top_hits):
            return [(max(score, ranked[0][0]), topic, hits), *ranked[:i], *ranked[i + 1:]]
    return ranked


def _held_by_longer(ranked):
    """routing25b: where every phrase of the first topic starts a longer phrase of another topic the prompt names by
    words of its own, that topic comes first: "발전소 비트마스크" is bitmask DP (BOJ 1102 by title, solved with a
    bitmask: 비트마스크 starts bitmask_dp's "비트마스크 dp"), not the bit tricks a bare 비트마스크 asks for. (Not a
    phrase inside another's: "접두사가 같은" in KMP's "접미사와 접두사가 같은" is another thing.)"""
    top, top_hits = ranked[0][1], [_squash(k) for k in ranked[0][2]]
    top_phrases = [_squash(k) for k in top.keywords]
    for i, (score, topic, hits) in enumerate(ranked[1:], start=1):
        phrases = [_squash(k) for k in topic.keywords]
        if (all(any(phrase.startswith(hit) and hit != phrase for phrase in phrases) for hit in top_hits)
                and not any(_squash(k) in phrase for k in hits for phrase in top_phrases)):
            return [(ranked[0][0] + score, topic, hits), *ranked[:i], *ranked[i + 1:]]
    return ranked


# ---------------------------------------------------------------- the sizes a prompt states (routing19)
# A magnitude as people type it: 40, 100,000, 10^5, 2*10^5, 1e18, 10만, 5백만, 10억.
_MAGNITUDE = (r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:\*|×|x)\s*10\s*\^\s*(\d{1,2})|\s*\^\s*(\d{1,2})|"
              r"e(\d{1,2})(?![a-z]))?\s*(억|천만|백만|만)?")
_KO_UNITS = {"만": 10 ** 4, "백만": 10 ** 6, "천만": 10 ** 7, "억": 10 ** 8}
# n's bound: "N ≤ 40", "1 ≤ n ≤ 10^5", "N이 최대 40인", "N이 10^5라", "n up to 10^18", "n = 40", "N은 5백만"
_N_BOUND = re.compile(r"(?<![a-z0-9_])n\s*(?:≤|<=|<|=|:|이|은|는|가|의 최대|is at most|at most|up to|upto|is|of|until)?\s*"
                      r"(?:최대\s*|up to\s*|약\s*|about\s*)?" + _MAGNITUDE)
# a count of items chosen from: "숫자 40개 중", "40개의 수", "40 numbers", "40 items"
_ITEMS = re.compile(r"(?<![\d.,^])(\d{1,3})\s*(?:개\s*(?:중|의\s*(?:수|정수|숫자|원소|물건))|"
                    r"(?:items|numbers|elements|integers|objects)(?![a-z]))|"
                    r"(?:물건|원소|숫자|정수|아이템|수)(?:이|가|은|는)?\s*(?:최대\s*)?(\d{1,3})\s*개")
_ANY_MAGNITUDE = re.compile(r"(?<![\d.,])" + _MAGNITUDE)


def _magnitude(found: re.Match[str], first: int = 1) -> int:
    base, times, power, exp, unit = (found.group(first + i) for i in range(5))
    value = float(base.replace(",", ""))
    if times:
        value *= 10 ** int(times)
    elif power:
        value = value ** int(power)
    elif exp:
        value *= 10 ** int(exp)
    return int(value * _KO_UNITS.get(unit or "", 1))


# routing29: the sequence's length said instead of n ("수열 길이 100만", "array length up to 2*10^5", "length 10^6")
_LENGTH_BOUND = re.compile(r"(?:(?:수열|배열)(?:의)?\s*(?:길이|크기)(?:가|는|은|이)?|(?<![a-z])(?:array|sequence|list)\s*(?:length|size)|"
                           r"(?<![a-z])length)\s*(?:≤|<=|<|=|:|is at most|at most|up to|of)?\s*(?:최대\s*|up to\s*)?" + _MAGNITUDE)


def _length_bounds(prompt: str) -> list[int]:
    return [_magnitude(found) for found in _LENGTH_BOUND.finditer(prompt.lower())]


def _n_bounds(prompt: str) -> list[int]:
    """The values the prompt bounds n by ("N ≤ 10^5", "N이 최대 40인", "n up to 10^18")."""
    return [_magnitude(found) for found in _N_BOUND.finditer(prompt.lower())]


def _huge(prompt: str) -> bool:
    """A number too large to loop to (10^12 or more: "10^18번째", "n up to 1e18")."""
    return any(_magnitude(found) >= 10 ** 12 for found in _ANY_MAGNITUDE.finditer(prompt.lower()))


# Subsets of 30 to 46 items are too many to enumerate (2^40) and few enough to split in halves (2^20 each): an
# enumeration or a knapsack over them is meet in the middle ("N ≤ 40 부분집합 합 경우의 수", BOJ 1208 and 1450) —
# a knapsack only where its capacity is too large for a table ("무게 제한 10^9").
_HALVES = range(30, 47)
_ENUMERATIONS = {"brute_force", "backtracking"}
# A recurrence's words (dp_basics turns them down beside an n too large to loop to): a matrix power
_RECURRENCE = ("피보나치", "fibonacci", "점화식", "recurrence", "타일링", "tiling")


def _bounded(prompt: str, pool, raw: dict[int, tuple[str, ...]], down: set[str], ranked):
    """routing19: the topic a stated size picks over the ranking — meet in the middle for an enumeration or a
    knapsack over 30 to 46 items, the matrix power for a recurrence (dp_basics's words) at an n too large to loop to."""
    by_name = {topic.name: topic for topic in pool}
    mitm, modpow, basics = by_name.get("meet_in_the_middle"), by_name.get("modpow"), by_name.get("dp_basics")
    if ranked and mitm is not None and not raw.get(id(mitm)):
        top, hits = ranked[0][1], ranked[0][2]
        sizes = _n_bounds(prompt) + [int(found.group(1) or found.group(2)) for found in _ITEMS.finditer(prompt.lower())]
        if any(size in _HALVES for size in sizes) and not any("중간에서만나기" in d or "meetinthemiddle" in d for d in down) and (
                (top.name in _ENUMERATIONS and not _titled(top, hits))
                or (top.name == "knapsack" and any(_magnitude(found) >= 10 ** 8
                                                   for found in _ANY_MAGNITUDE.finditer(prompt.lower())))):
            return [(ranked[0][0], mitm, hits), *ranked]
    padded = normalise(prompt)
    # routing25b: range minima or maxima (segment_tree's phrases, not its title) over a sliding window or kept in a
    # deque are the monotonic deque's ("N이 5백만이라 O(N)으로 구간 최솟값 슬라이딩", "구간 최솟값을 덱으로")
    deque = by_name.get("monotonic_deque")
    if (ranked and deque is not None and ranked[0][1].name == "segment_tree" and not _titled(*ranked[0][1:3])
            and (words := tuple(w for w in _SLIDING if re.search(rf"(?<![가-힣a-z]){w}", padded)))):
        return [(ranked[0][0], deque, ranked[0][2] + words), *ranked]
    if not ranked and mitm is not None and any(_contains(padded, w) for w in _SUBSETS) and any(
            size in _HALVES for size in _n_bounds(prompt)):
        return [(_weight(("n",)), mitm, tuple(w for w in _SUBSETS if _contains(padded, w)))]  # "n = 34, any subset"
    # a recurrence (dp_basics's words, or 점화식 / recurrence themselves) at an n too large to loop to: nothing else
    # named, or only dp_basics ("tiling a 2 by n board, n up to 10^15")
    if (modpow is not None and (not ranked or ranked[0][1] is basics) and _huge(prompt)
            and (words := tuple(w for w in _RECURRENCE if _contains(padded, w)))):
        return [(_weight(words), modpow, words)]
    return ranked


_SUBSETS = ("subset", "subsets", "부분집합", "부분 집합", "부분수열", "부분 수열")
_SLIDING = ("슬라이딩", "sliding", "윈도우", "window", "덱", "deque", "데크")  # starting a word (not 인덱스드's 덱)


@lru_cache(maxsize=None)
def _title_names(titles: tuple[str, ...]) -> frozenset[str]:
    """The technique names in a topic's titles, squashed: '이분 탐색 / 매개 변수 탐색' → 이분탐색, 매개변수탐색."""
    parts = (p for t in titles for p in re.split(r"[/(),:]| and |와 |과 ", t))
    return frozenset(_squash(p).replace("의", "") for p in parts if _squash(p))


@lru_cache(maxsize=None)
def _with_pattern(keyword: str) -> re.Pattern[str]:
    squashed = _canon(keyword).replace(" ", "")
    start = "(?<![a-z0-9가-힣])"
    # not "소수로 나눈 나머지" (divided by a prime)
    return re.compile(start + _singular_body(squashed) + r"(?:으로|로) (?!나[누눈눠])")


def _title_hits(topic, hits: tuple[str, ...]) -> list[str]:
    names = _title_names(_titles(topic))
    # "트리 지름" names 트리의 지름; routing19: "segment trees" names the segment tree
    return [k for k in hits if (s := _squash(k).replace("의", "")) in names or (k.isascii() and s[-1:] == "s" and s[:-1] in names)]


# Words of titles that name no technique of their own ("최소 스패닝 트리": 최소 and 트리 are everyone's).
_GENERIC_TITLE_WORDS = frozenset({
    "최소", "최대", "최단", "최장", "가장", "긴", "모든", "쌍", "트리", "그래프", "경로", "알고리즘", "문제", "수", "합", "구하기",
    "가중치", "간선", "and", "the", "of", "on", "in", "a", "algorithms", "algorithm", "tree", "trees",
    "graph", "graphs", "paths", "path", "shortest", "minimum", "longest", "all", "pairs", "weighted", "edges",
    "search", "탐색", "dp", "one", "two", "find", "counting", "개수", "세기", "부분", "수열", "구간", "연결", "요소", "계산",
    "함수", "공통", "distance", "거리", "function", "fast", "이용한", "분할", "정복을", "최댓값", "string", "문자열", "sets",
    "집합", "map", "queue", "deque", "simulation", "시뮬레이션", "sort", "window", "prefix", "접두사", "game", "게임",
})


@lru_cache(maxsize=None)
def _distinct_title_words(titles: tuple[str, ...]) -> frozenset[str]:
    """The distinctive words of a topic's titles: '그리디 알고리즘' → 그리디, 'Cycle detection' → cycle, detection."""
    words = (w for t in titles for w in re.split(r"[\s/(),:\-]+|와 |과 ", t.lower()))
    words = (w.removesuffix("의") for w in words)
    return frozenset(w for w in words if len(w) > 1 and w not in _GENERIC_TITLE_WORDS)


def _titled(topic, hits: tuple[str, ...]) -> bool:
    """A hit holds a name of the topic's title ("lis using binary search" holds LIS) or one of its distinctive words
    ("사이클 찾기" holds 사이클, "그리디 문제" 그리디)."""
    titles = _titles(topic)
    names = _title_names(titles) | _distinct_title_words(titles)
    # routing28: or is the English title's initials ("mst": "use union find to build the MST" is the MST's)
    initials = {"".join(w[0] for w in re.split(r"[ \-]+", t.split("(")[0].split("/")[0].strip().lower()) if w)
                for t in titles if t.isascii()}
    return (any(name in _squash(k).replace("의", "") for k in hits for name in names if len(name) > 1)
            or any(_squash(k) in initials for k in hits if len(_squash(k)) >= 3))


@lru_cache(maxsize=None)
def _using_pattern(keyword: str) -> re.Pattern[str]:
    body = _singular_body(_canon(keyword).replace(" ", ""))
    return re.compile(rf"(?<![a-z0-9])(?:using|with|via|use|uses|by) (?:a |an |the )?{body}(?![a-z0-9])")


def _singular_body(squashed: str) -> str:
    """The squashed phrase with an optional space between its characters; an English plural's s is optional
    (routing19: the hit "segment trees" is the means in "using a segment tree, count inversions")."""
    if squashed.isascii() and len(squashed) >= 4 and squashed.endswith("s") and not squashed.endswith(("ss", "us", "is")):
        return " ?".join(map(re.escape, squashed[:-1])) + "s?"
    return " ?".join(map(re.escape, squashed))


def _solved_with_title(padded: str, topic, hits: tuple[str, ...], tools: set[str], first: int) -> bool:
    """Named by its title and followed by 로 ("투 포인터로 ..."), not as the tool of a problem the prompt names ("트리
    DFS로 DP"), or after "using" / "with" before the other topic's words ("using binary search, find the k-th
    smallest"; not "compress coordinates then use a fenwick tree", the tool of the problem named first)."""
    def using_first(k: str) -> bool:
        found = _using_pattern(k.lower()).search(padded)
        return bool(found) and 0 <= found.start() < first

    return any((_with_pattern(k.lower()).search(padded) and not _inside(k, tools)) or (k.isascii() and using_first(k))
               for k in _title_hits(topic, hits) if _squash(k) not in _GENERAL_MEANS)


# A search order, recursion or a sort is how many problem topics are solved: "DFS로 괄호 문자열이 올바른지", "using
# recursion, generate permutations", "정렬로 회의실 배정" ask for those problems (stack, backtracking, greedy).
_GENERAL_MEANS = frozenset({"dfs", "bfs", "recursion", "재귀", "정렬", "sorting", "sort"})


# routing25b: what may stand beside a problem's title that is an everyday word (topic.toml `bare_titles`): how many,
# how hard (prompt_terms reads those), "like" and "style", whose problem set it is for, where it comes from
_TITLE_COMPANY = frozenset("""
같은 같이 비슷한 비슷하게 비슷 스타일 스타일로 유형 유형으로 느낌 느낌으로 느낌의 처럼 류 풍 문제 문제들 문제를 문제로 문제만 백준 boj 번
숙제 숙제로 숙제용 과제 과제로 과제용 스터디 스터디용 연습 연습용 복습 복습용 수업 수업용 학생 학생들 학생용 시험 모의고사
주세요 줘 좀 내줘 내 주세요 만들어 만들어줘 만들어주세요 부탁 부탁해요 하나 하나만 개 거 것 걸로 걸 로 으로 정도 수준 난이도
삼성 기출 역량테스트 역량 테스트 코테 sw a형 like style similar problem problems a an the one please of to
버전 버젼 버전으로 변형 version variant
""".split())


def _bare_title(prompt: str):
    """A topic's `bare_titles` ("연구소", BOJ 14502) where the prompt says nothing else but how many, how hard, "like"
    or "style" ("연구소", "연구소 3", "연구소 같은 문제 2개 숙제로"): in a story the word is a laboratory, no problem's
    title ("연구소에서 용액 섞는 … 문제")."""
    from generator.problems.prompt_terms import read_prompt  # imports this module: not at load time

    reading = read_prompt(prompt)
    padded = normalise(prompt)
    for said in (reading.difficulty_words, reading.count_words):
        if said:
            padded = padded.replace(f"{said.lower()}", " ")
    for topic in families():
        for title in _spec_field(topic, "bare_titles"):
            if not _contains(padded, title):
                continue
            rest = re.sub(" ?".join(map(re.escape, _squash(title))), " ", padded)
            words = [w for w in re.sub(r"[\d\-~^]+", " ", rest).split()]
            if all(w in _TITLE_COMPANY or w in DIFFICULTY_NAMES["ko"].values() for w in words):
                return [(_weight((title,)), topic, (title,))]
    return []


def _short_name(prompt: str):
    """routing27: a topic's `short_names` ("uf": union-find) where nothing else names a topic and the prompt asks for
    problems — a difficulty or a count (prompt_terms reads them) or a problem word ("uf medium", "uf 중간", "uf 문제
    3개", "uf 문제"); "uf" alone names nothing."""
    from generator.problems.prompt_terms import read_prompt  # imports this module: not at load time

    padded = normalise(prompt)
    found = [(topic, name) for topic in families() for name in _spec_field(topic, "short_names")
             if re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", padded)]
    if len({topic.name for topic, _ in found}) != 1:
        return []
    reading = read_prompt(prompt)
    if reading.difficulty is None and reading.count is None and not _PROBLEM_WORDS.search(prompt.lower()):
        return []
    topic, name = found[0]
    return [(_weight((name,)), topic, (name,))]


@lru_cache(maxsize=1)
def _two_word_phrases() -> tuple[tuple[object, str, tuple[str, str]], ...]:
    """Each topic keyword of two words long enough to mean it apart: Korean words of two syllables or more, English
    ones of five letters or more."""
    found = []
    for topic in families():
        for keyword in topic.keywords:
            words = _canon(keyword.lower()).split(" ")
            if len(words) == 2 and (all(re.fullmatch(r"[가-힣]{2,}", w) for w in words)
                                    or all(re.fullmatch(r"[a-z]{5,}", w) for w in words)):
                found.append((topic, keyword, (words[0], words[1])))
    return tuple(found)


def _split_phrase(prompt: str):
    """routing25b: a keyword of two words said apart, where nothing else names a topic or a field: "좌표 범위가 -10^9 ~
    10^9라서 압축해야 하는 문제" (좌표 … 압축), "coordinates up to 1e9, need to compress them first" (English words by
    their first six letters, in either order) — each word starting a word of the prompt, within 40 characters, one
    topic only, and not a topic the prompt names by a phrase as it is (that one was turned down or ruled out)."""
    lowered, padded = prompt.lower(), normalise(prompt)
    best: dict[str, tuple[int, object, str]] = {}
    for topic, keyword, (first, second) in _two_word_phrases():
        if topic.name in best and _weight((keyword,)) <= best[topic.name][0]:
            continue
        if any(_contains(padded, k) for k in topic.keywords):
            continue  # named as it is and still not ranked: turned down or ruled out ("세그먼트 트리 말고 구간 최소값")
        if first.isascii():
            a, b = (rf"(?<![a-z]){re.escape(w[:6])}" for w in (first, second))
            hit = re.search(rf"{a}[^.!?;\n]{{0,40}}?{b}|{b}[^.!?;\n]{{0,40}}?{a}", lowered)
        else:
            hit = re.search(rf"(?<![가-힣]){first}[^.!?;\n]{{0,40}}?(?<![가-힣]){second}", lowered)
        if hit:
            weight = _weight((keyword,))
            if weight > best.get(topic.name, (0,))[0]:
                best[topic.name] = (weight, topic, keyword)
    if len(best) != 1:
        return []
    weight, topic, keyword = next(iter(best.values()))
    return [(weight, topic, (keyword,))]


def rank_near_misses(prompt: str, pool=None) -> list[tuple[int, object, tuple[str, ...]]]:
    """Topics one typo away from a keyword ("djikstra", "부르트포스"), best first: asked only when nothing matched
    exactly (near_miss.py says how near). `requires`/`excludes` apply as for exact hits."""
    padded = normalise(prompt)
    view = PromptView(padded)
    ranked = []
    for topic in families() if pool is None else pool:
        spec = getattr(topic, "spec", None)
        requires = getattr(spec, "requires", []) or []
        excludes = getattr(spec, "excludes", []) or []
        if (requires and not any(_contains(padded, r) for r in requires)) or any(_contains(padded, e) for e in excludes):
            continue
        hits = [(keyword, typed) for keyword in topic.keywords if (typed := near_hit(view, keyword))]
        if hits:
            keyword, typed = max(hits, key=lambda hit: len(hit[0].replace(" ", "")))
            score = len(keyword.replace(" ", "")) * (1 if keyword.isascii() else 2)
            ranked.append((score, topic, (f"{typed}≈{keyword}",)))
    ranked.sort(key=lambda row: (-row[0], row[1].name))
    return ranked


def _near_misses_of_unnamed(prompt: str) -> list[tuple[int, object, tuple[str, ...]]]:
    """`rank_near_misses`, without the topics the prompt names exactly: when none of those is left, each was turned
    down or ruled out on purpose, and a spelling variant of the same phrase must not bring it back (routing18: "구간의
    최솟값 구하기 세그먼트 트리 없이" is no segment tree through 구간의 최소값)."""
    ranked = rank_near_misses(prompt)
    if not ranked:
        return ranked
    padded = normalise(prompt)
    named = {topic.name for _, topic, _ in ranked if any(_contains(padded, k) for k in topic.keywords)}
    return [row for row in ranked if row[1].name not in named]


@dataclass(frozen=True)
class UnsupportedTechnique:
    """A technique users ask for that the catalog lacks (catalog/unsupported.toml)."""

    title: dict[str, str]
    keywords: tuple[str, ...]


@lru_cache(maxsize=1)
def unsupported_techniques() -> tuple[UnsupportedTechnique, ...]:
    with (CATALOG_DIR / "unsupported.toml").open("rb") as fh:
        entries = tomllib.load(fh).get("technique", [])
    return tuple(UnsupportedTechnique(dict(e["name"]), tuple(e["keywords"])) for e in entries)


def named_unsupported(prompt: str, topic_hits: tuple[str, ...] = ()) -> UnsupportedTechnique | None:
    """The missing technique the prompt names, if any. A longer phrase of a real topic that holds the same words
    wins ("오일러 경로 테크닉" is the Euler tour of tree_traversal, not an Euler path), and one the prompt turns down
    names nothing ("네트워크 플로우 말고 다익스트라")."""
    padded = normalise(prompt)
    covered = [_squash(hit) for hit in topic_hits]
    for technique in unsupported_techniques():
        for keyword in technique.keywords:
            squashed = _squash(keyword)
            if (_contains(padded, keyword) and not any(squashed in hit and squashed != hit for hit in covered)
                    and not _marked(padded, keyword, _NOT_AFTER, _NOT_BEFORE)):  # "플로우 말고 DP" asks for DP
                return technique
    return None


def supported_topics() -> list[str]:
    return [f"{f.name} ({f.category})" for f in (*families(), *areas())]


def _difficulties(topic) -> list[Difficulty]:
    have = getattr(topic, "difficulties", None)
    return have() if callable(have) else list(Difficulty)


def _title(topic, language: str) -> str:
    spec = getattr(topic, "spec", None)
    return spec.title.get(language, spec.title["en"]) if spec else topic.category


def unstated_difficulty(prompt: str, default: Difficulty = Difficulty.easy) -> Difficulty:
    """The difficulty for a request that names none (neither the body nor the prompt): the default when the routed
    topic has it, else the closest it has, easier first ("LCA 문제" is served at medium, not refused for lacking an
    easy task the user never asked for). The default when nothing routes: the refusal comes from match_family."""
    try:
        topic = match_family(prompt).family
    except UnsupportedPromptError:
        return default
    have = _difficulties(topic)
    if default in have or not have:
        return default
    order = list(Difficulty)
    return min(have, key=lambda d: (abs(order.index(d) - order.index(default)), order.index(d)))


def chosen_difficulty(prompt: str, lower: Difficulty, upper: Difficulty) -> Difficulty:
    """A choice or range of two levels ("medium or hard convex hull", "보통~어려움"): the lower one, or the upper one
    where the routed topic (or focus) lacks the lower and has the upper (the convex hull is hard only)."""
    try:
        topic = match_family(prompt).family
    except UnsupportedPromptError:
        return lower
    have = _difficulties(topic)
    return upper if have and lower not in have and upper in have else lower


# An exact hit this light (a 2-syllable Korean word, an English word of up to 8 letters) may be a piece of a longer
# phrase typed wrong: "이분탐섹" holds 이분 (bipartite) but means 이분 탐색, "topologcal sorting" holds sorting and
# "priorty queue" queue, but they mean a topological sort and a priority queue.
_LIGHT_HIT = 8
# Two fields named together that make one technique: "트리에서 하는 DP", "dynamic programming on trees".
_FIELD_PAIRS = {frozenset({"trees", "dp"}): "tree_dp"}
# A field named with a word that picks one of its techniques, where that word names no topic itself: "입력이 그리드인
# DP" is grid DP, "N ≤ 20이라 비트마스크로 푸는 DP" and "DP + bitmask" bitmask DP (비트마스크 alone is bit manipulation,
# which turns DP words down).
_FIELD_WORDS = {"dp": (("grid_dp", ("격자", "그리드", "grid", "グリッド")),
                       ("bitmask_dp", ("비트마스크", "비트 마스크", "비트마스킹", "bitmask", "bit mask", "bitmasks", "ビット"))),
                # an order to decide over a graph is a topological order ("방향 그래프 인접 리스트 입력으로 순서 정하기";
                # not 방문 순서, a traversal's visiting order)
                "graphs": (("topological_sort", ("순서 정하", "순서를 정하", "순서를 결정", "순서 결정")),),
                # strings and their prefixes are a trie's ("문자열 N개가 주어지고 접두사 찾기"), unless suffixes are
                # named too ("접두사이면서 접미사인": a border, KMP's)
                "strings": (("trie", ("접두사", "접두어", "prefix", "prefixes"), ("접미사", "접미어", "suffix", "suffixes")),
                            # routing25b: a pattern searched in a text ("문자열 길이 100만, 패턴 등장 위치 전부")
                            ("kmp", ("패턴", "pattern", "patterns", "등장 위치", "occurrences"))),
                # routing25b: a tree's diameter ("트리 정점 10만개 지름"), distances between two nodes asked many times
                # ("노드 10^5개 트리에서 두 노드 사이 거리 쿼리 10^5개"): the words, a query's word needed for the second
                "trees": (("tree_diameter", ("지름", "diameter", "가장 먼", "farthest", "furthest",
                                             # routing27: the largest distance of a pair ("두 노드 사이 최대 거리")
                                             "최대 거리", "최장 거리", "거리 중 최댓값", "거리의 최댓값", "maximum distance",
                                             "longest distance", "max distance")),
                          # routing27: asked once or many times ("트리에서 두 노드 사이 거리"), not the longest such
                          # distance (the diameter) nor distances summed (the tree's DP)
                          ("lca", ("사이 거리", "사이의 거리", "간 거리", "간의 거리", "distance between", "distances between"),
                           ("가장", "제일", "최대", "최댓", "최장", "longest", "farthest", "furthest", "maximum", "largest",
                            "greatest", "max", "합", "sum", "total")),
                          # routing26: a choice barring adjacent nodes (an independent set), or distances summed over
                          # pairs or from every node: the tree's DP
                          ("tree_dp", ("인접한", "인접하지", "adjacent", "독립 집합", "independent set", "거리의 합", "거리 합",
                                       "거리들의 합", "sum of distances", "sum of the distances", "sum of all pairwise",
                                       "pairwise distances", "distance sum", "distances summed")))}
# routing26: a tree named with shortest-path words ("모든 쌍 최단 거리, 트리에서", "shortest distance between two nodes of a
# tree"): a tree's paths are unique, so the distance of a pair is the LCA's, and distances summed are the tree's DP
_TREE_DISTANCES = (("tree_dp", ("합", "sum", "total")), "lca")
# routing26: an unweighted graph's shortest paths are a BFS, graph traversal's (a grid's are grid BFS's): "가중치 없는
# 그래프 최단 경로", "shortest path when every edge has the same length", "간선 길이가 모두 1인 그래프의 최단 거리"
_UNWEIGHTED_GRAPH = re.compile(
    r"가중치\s*(?:가|는|이)?\s*없|(?<![a-z])(?:unweighted|without (?:any )?weights|no weights)(?![a-z])|"
    r"(?:가중치|길이|비용|거리)\s*(?:가|이|는|은)?\s*(?:모두|전부|다|모두 다|항상)\s*(?:1(?![0-9])|같)|"
    r"(?:모든|각)\s*간선(?:의|은|이)?\s*(?:가중치|길이|비용)\s*(?:가|이|는|은)?\s*(?:모두\s*)?(?:1(?![0-9])|같)|"
    r"(?<![a-z])(?:all|every|each) (?:the )?edges? (?:ha(?:ve|s)|with|of|costs?|weighs?) (?:the )?(?:same|equal|unit|(?:weight|length|cost) 1(?![0-9]))|"
    r"(?<![a-z])(?:same|equal|unit) (?:edge )?(?:weight|length|cost)s?(?![a-z])")


def _typo_over_light_hit(prompt: str, ranked):
    """Near misses that outweigh the exact hits and hold every one of them in their typed text, else None. A heavier
    exact hit is weighed only against the topics with a longer English phrase around it ("strongly connectd
    components" holds components, a word of SCC's "strongly connected components"): asking every topic would double
    the cost of routing."""
    if not ranked:
        return None
    pool = None
    if ranked[0][0] > _LIGHT_HIT:
        hits = tuple(sorted(k for _, _, found in ranked for k in found))
        pool = [topic for topic in families() if topic.name in _around(hits)]
        if not pool:
            return None
    exact = {_squash(k) for _, _, hits in ranked for k in hits}
    near = [row for row in rank_near_misses(prompt, pool) if row[0] > ranked[0][0]
            and all(k in _squash(row[2][0].split("≈")[0]) for k in exact)]
    return near or None


@lru_cache(maxsize=256)
def _around(hits: tuple[str, ...]) -> frozenset[str]:
    """The topics with an English phrase that holds one of these English phrases among more words."""
    wanted = [f" {_canon(k.lower())} " for k in hits if k.isascii() and not k.isdigit()]
    return frozenset(topic.name for topic in families() for k in topic.keywords
                     if k.isascii() and any(w in f" {_canon(k.lower())} " and w != f" {_canon(k.lower())} "
                                            for w in wanted))


def _field_pair(ranked, prompt: str = ""):
    """The topic two fields named together make (trees + DP: tree DP), or a field and a word that picks one of its
    techniques (DP on a grid: grid DP), else the fields as ranked."""
    names = {area.name for _, area, _ in ranked}
    if len(names) >= 3:
        return []  # routing25b: "a problem set covering all of graph theory, DP and strings": no one field asked for
    lowered = prompt.lower()
    if (("shortest_paths" in names or ("graphs" in names and re.search(r"거리|(?<![a-z])distances?(?![a-z])", lowered)))
            and _UNWEIGHTED_GRAPH.search(lowered) and not any(
            _contains(normalise(prompt), w) for w in ("격자", "그리드", "grid", "미로", "maze"))):
        topic = next(t for t in families() if t.name == "components")
        return [(ranked[0][0], topic, tuple(k for _, _, found in ranked for k in found) + ("unweighted",))]
    if {"trees", "shortest_paths"} <= names:
        (summed, words), otherwise = _TREE_DISTANCES
        name = summed if any(_contains(normalise(prompt), w) for w in words) else otherwise
        topic = next(t for t in families() if t.name == name)
        return [(ranked[0][0], topic, tuple(k for _, _, found in ranked for k in found))]
    for pair, name in _FIELD_PAIRS.items():
        if pair <= names:
            topic = next(t for t in families() if t.name == name)
            hits = tuple(k for _, area, found in ranked if area.name in pair for k in found)
            return [(sum(score for score, area, _ in ranked if area.name in pair), topic, hits)]
    if len(names) == 1 and (choices := _FIELD_WORDS.get(ranked[0][1].name)):
        padded = normalise(prompt)
        picked = [(name, words) for name, words, *rest in choices if any(_contains(padded, w) for w in words)
                  and not any(_contains(padded, w) for w in (rest[0] if rest else ()))
                  and (len(rest) < 2 or any(_contains(padded, w) for w in rest[1]))]
        if len(picked) == 1:
            name, words = picked[0]
            topic = next(t for t in families() if t.name == name)
            hits = ranked[0][2] + tuple(w for w in words if _contains(padded, w))
            return [(ranked[0][0], topic, hits)]
    # (routing27: the graph field named beside it too: "graph with 1e5 nodes …, shortest path from one source")
    if "shortest_paths" in names and names <= {"shortest_paths", "graphs"} and (size := _graph_size(prompt)) >= 1000 and not any(
            _contains(normalise(prompt), w) for w in _UNWEIGHTED):
        # routing25b: shortest paths in a graph of 1000 vertices or more, no negative weight named (Bellman-Ford's
        # words would have named it): Dijkstra's ("V ≤ 20000, E ≤ 300000 최단 경로", BOJ 1753's bounds)
        topic = next(t for t in families() if t.name == "dijkstra")
        return [(ranked[0][0], topic, ranked[0][2] + (f"size {size}",))]
    return ranked


_UNWEIGHTED = ("가중치 없는", "가중치가 없는", "가중치 없이", "unweighted", "without weights", "모든 간선의 가중치가 1", "격자", "grid")
# a graph's size (n and m too: only asked of a prompt about shortest paths): "V ≤ 20000", "E ≤ 3×10^5", "정점 5만 개", "간선이 최대 20만", "10^5 vertices", "n = 10^5 nodes"
_GRAPH_SIZE = re.compile(r"(?<![a-z0-9_])(?:v|e|n|m|정점|노드|간선|vertices|vertex|nodes|edges)(?:의\s*(?:수|개수)|\s*수)?\s*"
                         r"(?:≤|<=|<|=|:|이|은|는|가|up to|at most)?\s*(?:최대\s*)?" + "{mag}|"
                         r"(?<![\d.,^])" + "{mag}" + r"\s*(?:개의?\s*)?(?:정점|노드|간선|vertices|nodes|edges)")


def _graph_size(prompt: str) -> int:
    pattern = re.compile(_GRAPH_SIZE.pattern.replace("{mag}", _MAGNITUDE.replace("(", "(?:").replace("(?:?", "(?")))
    sizes = []
    for found in pattern.finditer(prompt.lower()):
        inner = _ANY_MAGNITUDE.search(found.group(0))
        if inner:
            sizes.append(_magnitude(inner))
    return max(sizes, default=0)


# Several techniques asked for together, mixed: "다익스트라, 플로이드 등 섞어서", "스택 큐 힙 골고루", "a mix of BFS
# and Dijkstra problems" — one job cannot serve two topics, but the smallest area that holds them all can.
_MIX_WORDS = ("섞어", "섞은", "섞인", "섞가", "골고루", "여러 유형", "여러 종류", " mixed ", " mix of ", " a mix ",
              " mix ", " together ",  # routing29: "graph and DP mix", "BFS and Dijkstra together, 3 problems"
              "합친 문제", "합쳐진 문제", "합쳐서 한 문제", "결합한 문제", "짬뽕")  # routing30: "DP랑 그리디 합친 문제 2개"


def _mixing_told(padded: str, hits: set[str]) -> bool:
    """A word of mixing that is part of a phrase the prompt names (squashed, the two overlapping)."""
    text = _without_spaces(padded)
    spans = [(m.start(), m.start() + len(h)) for h in hits if h for m in re.finditer(re.escape(h), text)]
    for word in _MIX_WORDS:
        for m in re.finditer(re.escape(_squash(word)), text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                return True
    return False


_MIXED_QUERIES = re.compile(r"(?:쿼리|질의|연산|명령|업데이트)(?:가|이|들이|들)?\s*(?:섞|번갈아|뒤섞)|"
                            r"(?<![a-z])(?:queries|operations|updates|commands)\s+(?:are\s+)?(?:mixed|interleaved)")


def _mix_describes_a_phrase(padded: str, own: set[str]) -> bool:
    """routing29b: 섞인/섞은 before a phrase the prompt names describes that one problem ("이분 탐색이랑 그리디 섞인 매개
    변수 탐색 문제": parametric search), not a mix of problems asked for."""
    text = _without_spaces(padded)
    return any(any(hit in text[m.end():] for hit in own) for m in re.finditer("섞인|섞은", text))


def _fields_apart(prompt: str) -> bool:
    """routing26: problems asked mixed of a field and techniques or fields that no one area holds ("DP랑 그리디랑 문자열
    섞어서", "그리디랑 DP 섞어서", "mix of graphs and DP"): one job serves one topic or one area, so none is served.
    A phrase inside a longer one names only the longer one's ("트리 DP": tree DP, not trees and DP)."""
    padded = normalise(prompt)
    if not any(word in padded for word in _MIX_WORDS):
        return False
    fields = {area.name: {t.name for t in area.member_topics} for area in areas()}
    found = {topic.name: {_squash(k) for k in topic.keywords if _contains(padded, k)} for topic in families()}
    found |= {area.name: {_squash(k) for k in area.keywords if _contains(padded, k)} for area in areas()}
    every = {hit for hits in found.values() for hit in hits}
    if _mixing_told(padded, every):
        return False  # the mixing is the problem's story: "두 문자열을 번갈아 섞어서 C를 만들 수 있는지" (interleaving, LCS)
    # (routing29b: a plural whose singular is inside a longer hit goes with it, as in `_mixed_area`: "bitmask dp")
    own = {hit for hit in every if not any(hit != other and (hit in other or hit.endswith("s") and hit[:-1] in other
                                                             and other != hit[:-1])
                                           for other in every)}
    groups = {frozenset(name for name, hits in found.items() if hit in hits) for hit in own}
    # routing29b: two topics asked mixed that no one area holds ("greedy plus binary search mix") are refused too, as a
    # field and a technique are: serving the higher-scoring one would drop the other — unless what is mixed is the
    # input's queries or operations ("값 변경과 구간 합 쿼리가 섞인 문제": one problem's story)
    if len(groups) < 2 or (not any(name in fields for group in groups for name in group)
                           and (_MIXED_QUERIES.search(padded) or _mix_describes_a_phrase(padded, own))):
        return False

    def holds(area: str, name: str) -> bool:
        return name == area or name in fields[area] or fields.get(name, {""}) <= fields[area]

    return not any(all(any(holds(area, name) for name in group) for group in groups) for area in fields)


def _mixed_area(prompt: str, ranked):
    """The smallest area holding every topic the prompt names, when it asks for them mixed, else None."""
    padded = normalise(prompt)
    if not ranked or not any(word in padded for word in _MIX_WORDS):
        return None
    # each topic a phrase names, before `excludes` (dijkstra's keep Floyd out of "다익스트라 말고 플로이드"), except
    # where the phrase is part of another topic's longer one (이분 in 이분 탐색)
    found = {topic.name: {_squash(k) for k in topic.keywords if _contains(padded, k)} for topic in families()}
    every = {hit for hits in found.values() for hit in hits}
    # (routing29: a phrase's plural and its singular both hit keep the plural: "combinatorics" holds "combinatoric")
    own = {hit for hit in every if not any(hit != other and (hit in other or hit.endswith("s") and hit[:-1] in other
                                                             and other != hit[:-1])
                                           for other in every)}
    # the topics each phrase names: a phrase two topics share ("bfs": grid BFS and graph traversal) needs one of them
    groups = {frozenset(name for name, hits in found.items() if hit in hits) for hit in own}

    def holds(members: set[str]) -> bool:
        served = {name for group in groups for name in group & members}
        return all(group & members for group in groups) and len(served) >= 2

    fitting = [area for area in areas() if holds({t.name for t in area.member_topics})]
    named = {name for group in groups for name in group}
    if not fitting:
        return None
    area = min(fitting, key=lambda a: len(a.member_topics))
    return [(sum(score for score, _, _ in ranked), area, tuple(sorted(h for name in named for h in found[name])))]


# A form-like line that says which topic is asked for: "Topic: KMP", "This week's topic is tries", "주제: 스택",
# "주제는 위상 정렬", "テーマ：累積和", "[topic] heap". Up to the end of its sentence or line.
_TOPIC_LABEL = re.compile(r"(?:(?<![a-z])topic(?!s)|주제|テーマ)(?:\s*\]|\s*[:=：]|\s+is\b|는|은)\s*([^.;\n。]+)",
                          re.IGNORECASE)


# The technique a request is focused on: "다익스트라 위주로 4문제", "트라이 중심으로", "focus on Bellman-Ford",
# "mainly tries" — the words of that clause before 위주/중심 or after the English marker.
# routing28: a choice among techniques named, then the one picked: "다익스트라랑 플로이드 중에 다익스트라로 쉬운 거"
_CHOICE = re.compile(r"([^.;!?\n。]+?)\s*중(?:에서|에)\s+([^.;!?\n。]+)")


_FOCUS = re.compile(r"([^.,;!?\n。]+?)\s*(?:위주|중심으로|중심의)|(?<![a-z])(?:focus(?:ed|ing)? on|mainly|mostly)\s+([^.,;!?\n]+)",
                    re.IGNORECASE)


# The clause that says what is asked for now: "지난주에 DP를 했고 오늘은 그리디 문제 2개", "Last week we did DP; today I
# want 2 greedy problems", "We finished heaps yesterday. Today: tries" — up to the end of its sentence. Not a clause
# that tells what was done ("Today we covered Dijkstra. Now Floyd problems" asks for Floyd). "Now" marks the ask too:
# "We already did: sorting, greedy. Now KMP problems" (routing25b: it went to sorting, the first topic named).
_NOW = re.compile(r"(?:(?<![가-힣])(?:오늘|이번 ?주|이번 ?시간)(?:은|는|에는|에|의)?|(?<![a-z])(?:today|this week|tonight|now)(?![a-z'’])|"
                  r"(?:今日|今週|今回)(?:は|の)?)"
                  r"\s*[:,]?\s*([^.;\n。]+)", re.IGNORECASE)
_DONE = re.compile(r"했|배웠|배운|다뤘|다룬|끝냈|끝난|풀었|공부한|やった|やりました|習った|習いました|(?<![a-z])(?:did|done|covered|learned|learnt|finished|went over|"
                   r"studied|saw|was|were)(?![a-z])", re.IGNORECASE)


def _without_context(prompt: str) -> str | None:
    """The prompt without the clauses that tell what is done or known, when those name a technique and the rest
    names another (or the same) one; else None."""
    rest, dropped = split_context(prompt)  # prompt_terms.CONTEXT_KO / CONTEXT_EN: what was done or is known
    context = " ".join(dropped)
    if not dropped or not (rank_topics(context) or rank_topics(context, areas())):
        return None
    ranked = rank_topics(rest) if rest.strip() else []
    if ranked:
        # a technique the rest names only as the means goes with the context's ("어제 LIS 공부했는데 이분탐색으로 푸는
        # 버전까지": LIS solved with binary search)
        padded, pool = normalise(rest), families()
        raw = {id(topic): tuple(k for k in topic.keywords if _contains(padded, k)) for topic in pool}
        _, tools = _marks(padded, pool, raw)
        return None if all(_inside(k, tools) for k in ranked[0][2]) else rest
    return rest if rest.strip() and rank_topics(rest, areas()) else None


# A plan of numbered sessions and the one asked for: "1주차 구현, 2주차 완전탐색, 3주차 그리디. 이번 3주차용 문제 5개",
# "Week 1: sorting, week 2: greedy. Problems for week 2, please" — the ask is that session's item.
_SESSION_ITEM = re.compile(r"(?:(?<![0-9])(\d{1,2})\s*(주차|일차|회차|차시|교시)|(?<![a-z])(week|day|session|lesson)\s*(\d{1,2}))"
                           r"(?![0-9])\s*[:：)\-]?\s*([^,.;/\n。0-9]{1,40})", re.IGNORECASE)
_SESSION_ASK = re.compile(r"(?:이번|오늘|다음|금주)\s*(\d{1,2})\s*(주차|일차|회차|차시|교시)|(?<![0-9])(\d{1,2})\s*(주차|일차|회차|차시|교시)\s*(?:용|에\s*(?:쓸|낼|풀|할))|"
                          r"(?<![a-z])(?:for|this|next)\s+(week|day|session|lesson)\s*(\d{1,2})(?![0-9])", re.IGNORECASE)


def _session_topic(prompt: str) -> str | None:
    """The item of the numbered session the prompt asks for, when the plan lists it and it names a topic or area."""
    asks = list(_SESSION_ASK.finditer(prompt))
    if not asks:
        return None
    ask = asks[-1]
    number = ask.group(1) or ask.group(3) or ask.group(6)
    unit = (ask.group(2) or ask.group(4) or ask.group(5)).lower()
    for item in _SESSION_ITEM.finditer(prompt):
        if item.start() <= ask.start() < item.end():
            continue
        if (item.group(1) or item.group(4)) == number and (item.group(2) or item.group(3)).lower() == unit:
            text = item.group(5)
            if rank_topics(text) or rank_topics(text, areas()):
                return text
    return None


def _labelled_topic(prompt: str) -> str | None:
    """The text after the prompt's last topic label, when it names a topic or an area, or else the clause a focus
    word or a word for now (오늘은, 이번 주는, today) marks, when it names a topic: other techniques the prompt mentions ("Previous weeks: sorting, greedy,
    binary search. This week's topic: KMP", "지난주에는 DFS, BFS를 했고 … 다익스트라 위주로") are context, not the ask."""
    if (session := _session_topic(prompt)) is not None:  # routing15: "1주차 구현, …, 3주차 그리디. 이번 3주차용 문제"
        return session
    for found in reversed(list(_TOPIC_LABEL.finditer(prompt))):
        text = found.group(1)
        if rank_topics(text) or rank_topics(text, areas()):
            return text if text.strip() != prompt.strip() else None
    for found in _FOCUS.finditer(prompt):
        text = found.group(1) or found.group(2)
        if rank_topics(text) and text.strip() != prompt.strip():
            return text
    # routing28: a choice among techniques named, then the one picked ("다익스트라랑 플로이드 중에 다익스트라로 쉬운 거")
    for found in _CHOICE.finditer(prompt):
        offered, text = normalise(found.group(1)), found.group(2)
        others = {row[1].name for row in rank_topics(found.group(1))}
        if ((picked := rank_topics(text)) and others - {picked[0][1].name}
                and any(_contains(offered, k) for k in picked[0][2])):
            return text
    for found in _NOW.finditer(prompt):
        text = found.group(1)
        if _DONE.search(text) or text.strip() == prompt.strip():
            continue
        if rank_topics(text):
            return text
        # a field for now ("오늘은 DP") unless the prompt names one of its techniques ("이번 주 목표는 그래프입니다.
        # 첫 번째로 이분 그래프 문제": the bipartite check)
        fields, named = rank_topics(text, areas()), rank_topics(prompt)
        if fields and not (named and named[0][1] in fields[0][1].member_topics):
            return text
    return _without_context(prompt)


# A prompt that asks how to do something, for a recommendation, a recipe or a place, for an explanation, an
# essay or a poem, or what something is ("what's the time complexity of quicksort?", "BFS랑 DFS 차이가 뭐야"), and says
# nothing of problems (방법의 수, "the number of ways", is a counting task's words) ("토마토 키우는 법", "회의실 예약 시스템 기획서", "stack of pancakes recipe",
# "recommend me a podcast", "퀵소트 시간복잡도 설명해줘", "essay on the history of sorting algorithms") asks for no
# problem set, whatever topic word it holds: it is refused, not served problems on the word's topic.
_NOT_A_REQUEST = re.compile(r"는 ?법(?![가-힣])|방법(?!\s*(?:의|이)?\s*(?:수|가짓수|개수|몇))|추천|레시피|어디서|어디에서|기획서|기획안|설명해|설명 ?좀|에세이|"
                            r"(?<![a-z])(?:how to|how do i|how can i|how does|how do you|recommend|recipes?|podcasts?|where can i|near me|"
                            r"not working|explain|essays?|poems?|poetry|lyrics|haikus?|what is|what's|whats|what are|why is|"
                            r"why does|why do)(?![a-z])|시를 ?써|시 ?한 ?편|노래 ?가사|뭐야|뭔가요|뭐예요|뭐에요|차이점|차이가 ?뭐|"
                            # routing15: a why-question ("다익스트라 시간복잡도가 왜 ElogV야?")
                            r"(?<![가-힣])왜(?![가-힣])[^\n]*(?:[?？]|야|지|죠|나요|까|까요|거야|건가요?|돼|돼요|되나요|될까요?|되는지|해요|써|써요)\s*$")
_PROBLEM_WORDS = re.compile(r"문제|문항|유형|연습|과제|숙제|기출|코테|코딩 ?테스트|풀이|풀어|풀기|풀 수|출제|대회|퀴즈|시험|"
                            r"스터디|수업|백준|프로그래머스|리트코드|問|"
                            r"(?<![a-z])(?:problem|exercise|practice|practise|task|question|quiz|contest|drill|"
                            r"homework|assignment|puzzle|kata|leetcode|codeforces|atcoder|boj|baekjoon|interview)")


# Problems turned down are none asked for: "no problems, just explain Dijkstra", "문제 말고 설명만"
_NO_PROBLEMS = re.compile(r"(?<![a-z])(?:no|not|without|(?:do not|don't|dont) (?:need|want)) (?:any )?problems?(?![a-z])|"
                          r"문제(?:는|가)?\s*(?:말고|빼고|필요\s*없)")


# The answer to a problem that exists, or help with the asker's own work, not new problems: "백준 1260 정답 코드 알려줘",
# "solution code for leetcode 200", "백준 1753번 답만 알려줘", "타겟 넘버 풀이 설명해줘", "give me the solution to leetcode
# 200", "내 다익스트라 코드 리뷰 좀 해줘", "이 코드 왜 틀렸는지 봐줘", "이 DP 점화식 좀 세워줘", "이 문제 영어로 번역해 주세요" —
# unless problems are asked to be made too ("DP 문제 3개 만들고 정답 코드도 알려줘", "DP 문제 3개랑 풀이도 알려줘").
_ANSWER_CODE = re.compile(r"(?:정답|답|풀이|해답)\s*코드\s*(?:좀\s*)?(?:알려|보여|줘|주세요|부탁)|"
                          # routing15: the answer code asked for with no verb ("백준 2252 정답 코드 좀")
                          r"(?:정답|해답|답안)\s*코드\s*(?:좀|요|plz|pls)?\s*[?!.~ㅠㅜ]*\s*$|"
                          r"(?<![a-z])(?:solution|answer) code (?:for|to|of)(?![a-z])|"
                          r"(?:정답|해답|풀이|(?<![가-힣])답)(?:만|을|를|도|이랑|하고)?\s*(?:좀\s*)?(?:알려|보여|설명\s*(?:해|좀))|"
                          r"(?<![a-z])(?:the )?(?:solution|answer)s? (?:for|to) (?:leetcode|boj|baekjoon|programmers|"
                          r"problem \d|this|my)(?![a-z])|"
                          r"코드\s*리뷰|(?<![a-z])(?:code review|review (?:my|this) code)(?![a-z])|"
                          r"왜\s*틀렸|틀린\s*(?:이유|부분|곳)|(?<![a-z])why (?:is|does) my (?:code|solution)(?![a-z])|"
                          r"점화식\s*(?:좀\s*)?(?:세워|알려|짜)|번역|(?<![a-z])translat(?:e|ion)(?![a-z])|"
                          # routing18: the asker's own code and why it fails ("내 BFS 코드 왜 시간초과 나는지 봐줘")
                          r"(?:시간\s*초과|메모리\s*초과|런타임\s*에러|시초)\s*(?:가|이)?\s*(?:나는|뜨는|났는|떴는|나|떠)\s*(?:지|이유|원인)|"
                          r"(?<![가-힣])(?:내|제)\s+(?:[^\s]+\s+){0,2}코드(?:를|가|는)?\s*(?:좀\s*)?(?:봐|확인|고쳐|디버그|디버깅)")
_MAKE_WORDS = re.compile(r"만들|출제|생성|내\s*줘|내\s*주세요|뽑아|(?<![a-z])(?:make|create|generate|write me|give me \d)")


def _asks_for_no_problems(prompt: str) -> bool:
    lowered = _NO_PROBLEMS.sub(" ", prompt.lower())
    if _ANSWER_CODE.search(lowered) and not _MAKE_WORDS.search(lowered) and not _PART_COUNT.search(lowered):
        return True
    return bool(_NOT_A_REQUEST.search(lowered)) and not _PROBLEM_WORDS.search(lowered)


# A count of its own for each of several techniques: "그래프 2개, DP 3개, 그리디 1개", "3 DP problems and 2 greedy
# problems" — one job serves one topic (or one area, mixed evenly), so serving the first would drop the others.
_PART = re.compile(r"[,，、;/+]|(?<![a-z])(?:and|plus)(?![a-z])|(?<=[가-힣a-z0-9])(?:랑|하고)(?![가-힣])")  # "LIS랑 LCS"; 랑 alone: 트라이랑 is 트라이 + 랑
_PART_COUNT = re.compile(r"(?<![\d.])\d{1,3}\s*(?:개|문제|문항|問|題)|(?<![\d.])\d{1,3}\s+(?:[a-z\-]+\s+){0,3}(?:problems?|questions?)|"
                         r"(?<![가-힣])(?:한|두|세|네|다섯)\s*(?:개|문제|문항)")


# routing16: a count for each of the topics named ("LIS랑 LCS 하나씩", "이분탐색이랑 투포인터 각각 2개씩", "스택 하나 큐
# 하나", "one union find and one MST problem") is a count of its own for each of them too
_EACH_PART = re.compile(r"(?:하나|한\s*(?:개|문제|문항)|\d{1,3}\s*(?:개|문제|문항)?)\s*씩|각각|"
                        r"(?<![a-z])one (?:[a-z\-]+ ){1,3}(?:and|plus) one(?![a-z])|"
                        # routing17: "LIS and LCS, 2 each", "two problems each", "2 of each"
                        r"(?<![a-z0-9])(?:\d{1,3}|one|two|three|four|five)(?: problems?| questions?| of)? each(?![a-z])")
_ONE = re.compile(r"(?<![가-힣])하나(?![가-힣])")


def _counted_topics(prompt: str) -> list[str]:
    """The different topics (or areas) that parts of the prompt each give a count of their own, when there are two
    or more; else []."""
    lowered = prompt.lower()
    if _EACH_PART.search(lowered):
        named = []
        for part in _PART.split(lowered):
            ranked = rank_topics(part)
            # "BFS랑 DFS 각각 구현해보는": 구현 there is the verb of the part's other topic, not the implementation topic
            ranked = [row for row in ranked if not set(row[2]) <= set(_VERB_HITS)] or ranked
            # routing25b: or a field ("그리디, DP, 그래프 한 문제씩")
            ranked = ranked or rank_topics(part, areas())
            if ranked and ranked[0][1].name not in named:
                named.append(ranked[0][1].name)
        if len(named) >= 2:
            return named
    if len(_PART_COUNT.findall(lowered)) + len(_ONE.findall(lowered)) < 2:
        return []
    named, parts = [], []
    for part in _PART.split(prompt.lower()):  # "스택 2개 큐 3개": a part with two counts ends at each
        ends = sorted(found.end() for pattern in (_PART_COUNT, _ONE) for found in pattern.finditer(part))
        parts += [part[start:end] for start, end in zip([0, *ends], ends)] if len(ends) > 1 else [part]
    for part in parts:
        if not _PART_COUNT.search(part) and not _ONE.search(part):
            continue
        if read_prompt(part).count is None:
            continue  # routing29: the data counted ("문자열 두 개 주어질 때 편집 거리 문제 세 개"), no count of problems
        ranked = rank_topics(part) or rank_topics(part, areas())
        if ranked and ranked[0][1].name not in named:
            named.append(ranked[0][1].name)
    return named if len(named) >= 2 else []


def _narrowed(topic, prompt: str, difficulty: Difficulty | None = None):
    """The topic's focus that the prompt names and does not turn down ("단절점" in graph traversal: its bridge and
    cut-vertex tasks, not the whole topic), else the topic. A keyword inside a longer one that is turned down is
    turned down with it ("뤼카 정리 말고" holds 뤼카, "rerooting dp 말고" rerooting). A focus on a tool of every task
    (geometry's CCW) at a level its tasks lack is the whole topic ("CCW 쉬운 문제" is geometry at easy)."""
    padded = normalise(prompt)
    specs = {f.name: f for f in topic.spec.focus} if hasattr(topic, "spec") else {}
    named_any = False
    for focus in focuses_of(topic) if hasattr(topic, "spec") else ():
        spec = specs.get(focus.name.split(":", 1)[1])
        if (spec is not None and spec.whole_topic_at_other_levels and difficulty is not None
                and difficulty not in _difficulties(focus)):
            continue
        # routing25b: and its problems' titles with a number ("가장 긴 증가하는 부분 수열 2", not "… 2 문제": two of them)
        hits = [k for k in (*focus.keywords, *(spec.numbered_titles if spec is not None else ())) if _contains(padded, k)]
        down = [_squash(k).replace("의", "") for k in hits if _marked(padded, k, _NOT_AFTER, _NOT_PLAIN_BEFORE)]
        if any(not any(_squash(k).replace("의", "") in d for d in down) for k in hits):
            return focus
        named_any = named_any or bool(hits)
    if not named_any:
        for focus in focuses_of(topic) if hasattr(topic, "spec") else ():
            spec = specs.get(focus.name.split(":", 1)[1])
            if (spec is not None and spec.whole_topic_at_other_levels and difficulty is not None
                    and difficulty not in _difficulties(focus)):
                continue
            if _said_apart(prompt, padded, topic, focus):
                return focus
            # routing27: a word of the focus's own, once the topic is chosen ("heap problem about the median")
            words = [w for w in (spec.topic_words if spec is not None else ()) if _contains(padded, w)]
            if words and not any(_marked(padded, w, _NOT_AFTER, _NOT_BEFORE) or re.search(
                    rf"(?<![a-z])(?:{'|'.join(map(re.escape, _NOT_BEFORE))}) (?:the |a |an |any )?{re.escape(w)}", padded)
                    for w in words):
                return focus
    if not named_any and (name := _focus_by_size(topic, prompt, padded)):
        return next((f for f in focuses_of(topic) if f.name == name), topic)
    return topic


# routing26: a focus's phrase said with other words between its own, in one clause, once its topic is chosen: "세그트리
# 감 잡았어요 이제 lazy 나오는 거" (세그 lazy), "median after each number of a stream" (median of a stream), "LIS 기본은
# 풀었고 n log n 버전" (lis n log n). Each word of the phrase but the small ones (of, a, the, with, …) starts a word of
# that clause, as often as the phrase has it; one of them is the focus's own (every phrase of the topic that holds it
# is the focus's: lazy, median, n log n — not "range", "update" or "넓이", which the whole topic uses); none is another
# topic's phrase (a binary search named beside LIS is the means, not these words: `_focus_by_size` reads it); a
# word turned down names nothing.
_APART_SMALL = frozenset({"of", "a", "an", "the", "with", "in", "on", "for", "to", "and", "by", "o", "의"})
_N_LOG_N = re.compile(r"(?<![a-z])n\s*log\s*n(?![a-z])")


def _apart_words(phrase: str) -> list[str]:
    return [w for w in _N_LOG_N.sub("nlogn", _canon(phrase.lower())).split() if w not in _APART_SMALL]


@lru_cache(maxsize=None)
def _foreign_phrases(topic_name: str) -> frozenset[str]:
    return frozenset(_squash(k) for t in families() if t.name != topic_name for k in t.keywords)


def _said_apart(prompt: str, padded: str, topic, focus) -> bool:
    clauses = [" " + " ".join(re.findall(r"[\w\-+#']+", _N_LOG_N.sub("nlogn", _canon(c)))) + " "
               for c in re.split(r"[,.;!?\n，。、/]", prompt.lower())]
    own = set(focus.keywords)
    others = [_apart_words(k) for k in topic.keywords if k not in own]
    foreign = _foreign_phrases(topic.name)
    for keyword in focus.keywords:
        words = _apart_words(keyword)
        if len(words) < 2 or any(len(w) < (3 if w.isascii() else 2) or w.isdigit() for w in words):
            continue
        runs = (_TRAILING_PARTICLE.sub("", "".join(_squash(w) for w in words[i:j]))
                for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        if any(run in foreign for run in runs) or all(any(w in other for other in others) for w in words):
            continue
        if any(_marked(padded, w, _NOT_AFTER, _NOT_BEFORE) for w in words):
            continue
        for clause in clauses:
            if all(len(re.findall(rf"(?<![a-z0-9]){re.escape(w)}(?:s|es)?(?![a-z0-9])" if w.isascii()
                                  else rf"(?<![가-힣]){re.escape(w)}", clause)) >= words.count(w) for w in words):
                return True
    return False


# routing19: a focus the stated size or running time picks, where the prompt names none: LIS over n ≥ 10^5 is the
# O(N log N) one ("N ≤ 10^6 LIS 길이", "N이 10^5라 O(N^2) LIS는 안 되는"), C(n, k) mod p for n ≥ 10^12 is Lucas'
# theorem, the longest palindrome in linear time is Manacher's, and a recurrence raised to a huge power the matrix power.
_LONGEST = ("가장 긴", "최대 길이", "최장", "longest", "maximum length")
# a window of numbers (not one number's primality: "10^12 이하의 수 하나가 소수인지")
_WINDOW = re.compile(r"사이|구간|범위|(?<![a-z])(?:range|between|window|interval)(?![a-z])|(?<![a-z])l\s*(?:,|과|와|~|부터|to|and|-)\s*r(?![a-z])|\[\s*l")
_LINEAR_TIME = re.compile(r"(?<![a-z])o\s*\(\s*n\s*\)|(?<![a-z])linear time(?![a-z])|선형 시간")


# routing29b: a binary search named beside LIS, not turned down, is the O(N log N) LIS's (its focus is titled "LIS
# O(N log N) (이분 탐색)"): "이분 탐색으로 최적화하는 LIS", "기본 LIS 말고 이분 탐색 쓰는 빠른 버전", "LIS 문제 이분 탐색
# 버전으로" — as "이분 탐색으로 LIS" and "LIS using binary search" already were
_BINARY_SEARCH_WORDS = ("이분 탐색", "이분탐색", "이진 탐색", "이진탐색", "binary search", "lower bound", "lower_bound")


def _focus_by_size(topic, prompt: str, padded: str) -> str | None:
    name = getattr(topic, "name", "")
    if name == "lis" and any(size >= 10 ** 5 for size in (*_n_bounds(prompt), *_length_bounds(prompt))):
        return "lis:nlogn"
    if name == "lis" and any(_contains(padded, w) and not _marked(padded, w, _NOT_AFTER, _NOT_BEFORE)
                             for w in _BINARY_SEARCH_WORDS):
        return "lis:nlogn"
    if name == "binomial" and any(size >= 10 ** 12 for size in _n_bounds(prompt)):
        return "binomial:lucas"
    if name == "palindromes" and _LINEAR_TIME.search(prompt.lower()):
        return "palindromes:manacher"
    # routing25b: the longest palindrome in a string of 10^5 or more (expanding around each centre is quadratic),
    # primes in a window reaching 10^10 or more (past a plain sieve's table): the focus that size needs
    largest = max((_magnitude(found) for found in _ANY_MAGNITUDE.finditer(prompt.lower())), default=0)
    if name == "palindromes" and largest >= 10 ** 5 and any(_contains(padded, w) for w in _LONGEST):
        return "palindromes:manacher"
    if name == "sieve" and largest >= 10 ** 10 and _WINDOW.search(prompt.lower()):
        return "sieve:segmented"
    if name == "modpow" and any(_contains(padded, word) for word in _RECURRENCE):
        return "modpow:matrix"
    return None


def match_family(prompt: str, difficulty: Difficulty | None = None, language: str = "en") -> FamilyMatch:
    if _asks_for_no_problems(prompt):
        topics = "; ".join(supported_topics())
        raise _refusal(language, f"문제 출제 요청이 아닌 것 같습니다. 지원하는 주제: {topics}",
                       f"the prompt asks for no problems; supported topics: {topics}", supported_topics())
    prompt = _labelled_topic(prompt) or prompt
    if several := _counted_topics(prompt):
        named = ", ".join(f"'{name}'" for name in several)
        raise _refusal(language, f"한 작업은 주제가 하나입니다 (요청에 개수가 따로 있는 주제 {named}). 주제마다 작업을 "
                                 f"따로 요청해 주세요",
                       f"a job has one topic, and the prompt asks for a count of each of several ({named}); submit "
                       f"one job per topic", supported_topics())
    if _fields_apart(prompt):
        raise _refusal(language, "한 작업은 주제 하나 또는 분야 하나입니다. 섞어 달라는 주제들을 한 분야가 담지 않으니 "
                                 "주제마다 작업을 따로 요청해 주세요",
                       "a job serves one topic or one field, and no one field holds the techniques asked for mixed; "
                       "submit one job per topic", supported_topics())
    # A named technique always wins over a field: "DP 배낭 문제" is knapsack, "DP 문제" is the DP area.
    # A topic named with a typo ("segmnet tree") still beats a field named right ("tree").
    ranked = rank_topics(prompt)
    ranked = (_typo_over_light_hit(prompt, ranked) or _mixed_area(prompt, ranked) or ranked
              or _near_misses_of_unnamed(prompt) or _field_pair(rank_topics(prompt, areas()), prompt))
    # A prompt that names a technique we lack is refused even when it also holds a word of a near topic:
    # a wrong topic is worse than a clear refusal.
    missing = named_unsupported(prompt, tuple(k for _, _, hits in ranked for k in hits))
    if missing is not None:
        topics = "; ".join(supported_topics())
        raise _refusal(language, f"'{missing.title.get('ko', missing.title['en'])}' 주제는 아직 지원하지 않습니다. "
                                 f"지원하는 주제: {topics}",
                       f"'{missing.title['en']}' is not in the catalog; supported topics: {topics}", supported_topics())
    if not ranked and (spelt := in_hangul(prompt, _korean_keywords())) is not None:
        return match_family(spelt, difficulty, language)  # routing19: "wisang jeongnyeol munje" is 위상 정렬
    if not ranked:
        ranked = _bare_title(prompt) or _short_name(prompt) or _split_phrase(prompt)
    if not ranked:
        ranked = rank_near_misses(prompt, areas())
    if not ranked:
        topics = "; ".join(supported_topics())
        raise _refusal(language, f"요청에 맞는 주제를 찾지 못했습니다. 지원하는 주제: {topics}",
                       f"no topic in the catalog matches the prompt; supported topics: {topics}", supported_topics())
    best_score, best, hits = ranked[0]
    best = _narrowed(best, prompt, difficulty)
    if difficulty is not None and difficulty not in _difficulties(best):
        names = DIFFICULTY_NAMES["ko" if language == "ko" else "en"]
        have = ", ".join(names[d.value] for d in _difficulties(best))
        have_ko = ", ".join(DIFFICULTY_NAMES["ko"][d.value] for d in _difficulties(best))
        have_en = ", ".join(DIFFICULTY_NAMES["en"][d.value] for d in _difficulties(best))
        others = [f"{t.name} ({_title(t, language)})" for _, t, _ in ranked[1:4] if difficulty in _difficulties(t)]
        raise _refusal(language, f"'{_title(best, 'ko')}' 주제에는 난이도 '{DIFFICULTY_NAMES['ko'][difficulty.value]}' "
                                 f"문제가 없습니다. 가능한 난이도: {have_ko}",
                       f"topic '{_title(best, 'en')}' has no task at difficulty '{difficulty.value}'; it has: {have_en}",
                       [f"{best.name}: {have}"] + others)
    ignored = tuple(t.name for score, t, _ in ranked[1:] if score >= best_score // 2 and score >= 4)
    return FamilyMatch(best, hits, ignored)
