"""What a prompt says about difficulty and count, besides its topic: "골드 4 정도로 다섯 개", "실버 3 세 문제",
"쉬운 DP 문제 열 개", "three medium Dijkstra problems", "ダイクストラ 普通 3問". POST /jobs uses these only for the
fields the body leaves out (an explicit `difficulty` or `count` wins).

Scales (the catalog's rating bands, README "Topics and tasks": tutorial 500–800, easy 800–1100, medium 1200–1500,
hard 1600–2000): solved.ac tiers Bronze → tutorial, Silver → easy, Gold 5–3 (or Gold without a number) → medium,
Gold 2–1 and Platinum → hard; Diamond and Ruby are beyond the catalog (refused, not served as 'hard').
Programmers levels: Lv.0–1 → tutorial, Lv.2 → easy, Lv.3 → medium, Lv.4–5 → hard. A Codeforces rating picks the
band it falls in. Words: 입문/기초/아주 쉬운/최하 → tutorial; 쉬운/초급/하 → easy; 보통/중급/중 (and 중상, 중하,
"medium-hard") → medium; 어려운/고급/상/최상 → hard (하/중/상 only as a word of their own: 상하좌우, 중위 순회 and 중간에서 만나기 are no levels).

A count is a number tied to a unit: "3개", "5문제", "10제", "다섯 개", "세 문제", "한 문제만", "문제 하나",
"3問", "五つ", "5 problems", "three ... problems", "x3", "4 of them", "a dozen", a range ("두세 개" → 3). Numbers
without a unit are no count — tier numbers ("골드 4"), bounds ("N ≤ 100000"), problem ids ("1753번"), years,
"2차원", "0-1 BFS", problem names ("숨바꼭질 3") — except right after the difficulty word at the end or before a
comma ("greedy medium 2", "중간 난이도 3") or as a comma-separated item ("problems, 3, medium"): `_bare_count`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.problems.schema import Difficulty

BEYOND_HARD = "beyond_hard"  # Diamond / Ruby / a rating above the hardest band


@dataclass(frozen=True)
class PromptReading:
    difficulty: Difficulty | None = None
    count: int | None = None
    beyond: str | None = None  # the words asking for more than the hardest difficulty ("다이아 5")
    difficulty_words: str = ""
    count_words: str = ""
    # two different levels asked for at once ("쉬운 거 2개랑 어려운 거 1개", "easy and hard"): one job has one
    # difficulty, so POST /jobs refuses rather than serve one of them silently
    mixed: tuple[str, ...] = ()
    # the other level of a choice of two served at the lower ("medium or hard"): served where the topic lacks the lower
    upper: Difficulty | None = None


_HANGUL = "가-힣"
_NOT_HANGUL_BEFORE = rf"(?<![{_HANGUL}])"
_NOT_HANGUL_AFTER = rf"(?![{_HANGUL}])"
_PARTICLES = "(?:으로|로|급|난이도|정도|짜리|이상|이하|문제)?"

# ---------------------------------------------------------------- tiers (solved.ac, Korean and English)
_TIERS = [  # (pattern of the tier name, tier)
    (r"브론즈|브론|bronze", "bronze"),
    (r"실버|silver", "silver"),
    (r"골드(?!바흐)|gold", "gold"),  # 골드바흐 (Goldbach) is no tier
    # 플레/플래 are short for 플래티넘, but not in 플레이(어), 플래그, 플래시, 플래너 (play, flag, flash, planner)
    (r"플래티넘|플레티넘|플래티늄|(?:플레|플래)(?!이(?!상|하(?![가-힣]))|그|시|너|닛|터|카|인|어)|platinum|plat", "platinum"),
    (r"다이아몬드|다이아|diamond|루비|ruby", "beyond"),
]
_ASKERS_TIER = re.compile(r"(?:" + "|".join(p for p, tier in _TIERS if tier != "beyond") + r")\s*(?:[1-5]\s*)?"
                          r"이상(?:이라|이니|이어서|인데|이고|이라서|이에요|입니다|인 (?:학생|사람|멤버|분|친구))")
_SHORT_TIERS = [(r"브", "bronze"), (r"실", "silver"), (r"골", "gold"), (r"플", "platinum")]
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def _tier_difficulty(tier: str, number: int | None) -> Difficulty | str:
    if tier == "bronze":
        return Difficulty.tutorial
    if tier == "silver":
        return Difficulty.easy
    if tier == "gold":
        return Difficulty.hard if number in (1, 2) else Difficulty.medium
    if tier == "platinum":
        return Difficulty.hard
    return BEYOND_HARD


def _rating_difficulty(rating: int) -> Difficulty | str:
    if rating <= 800:  # 800, Codeforces' lowest rating, is where the tutorial bands end (600–800, 700–800)
        return Difficulty.tutorial
    if rating < 1200:
        return Difficulty.easy
    if rating < 1600:
        return Difficulty.medium
    if rating <= 2000:
        return Difficulty.hard
    return BEYOND_HARD


_LEVELS = {0: Difficulty.tutorial, 1: Difficulty.tutorial, 2: Difficulty.easy, 3: Difficulty.medium,
           4: Difficulty.hard, 5: Difficulty.hard}

# ---------------------------------------------------------------- difficulty words (longest first within a level)
_WORDS: list[tuple[str, Difficulty]] = [
    # tutorial
    (r"아주\s*쉬|매우\s*쉬|완전\s*쉬|제일\s*쉬|가장\s*쉬|엄청\s*쉬|(?:아주|매우|엄청)\s*쉽게|튜토리얼|"  # routing15: "아주 쉽게"
     r"(?<![가-힣])최하(?=\s*(?:난이도|수준|레벨|$))|"
     r"(?<![a-z])tutorial(?![a-z])|(?<![a-z])very easy(?![a-z])|超簡単|とても簡単", Difficulty.tutorial),
    # hard (before medium: "어려운 중급" is rare, "상급" must not read as 상 + 급 twice)
    (r"어려운|어려움|어렵게|어렵고|어려워(?!하|해)|심화|빡센|고인물|(?<![a-z])tough(?:er|est)?(?![a-z])|(?<![가-힣])하드(?:한|하게|로|급|\s?모드(?:로)?)?(?![가-힣])|빡세게|빡쎈|빡구현|고급|상급|최상급|(?<![가-힣])최상(?=\s*(?:난이도|수준|레벨|$))|극악|(?<![a-z])(?<!medium-)(?<!medium )(?<!medium/)hard(?:er|est)?(?![a-z])|(?<![a-z])(?<!medium )difficult(?![a-z])|"
     r"(?<![a-z])(?:level|difficulty) (?:is )?(?:high|higher|upper)(?![a-z])|(?<![a-z])advanced(?![a-z])|(?<![a-z])challenging(?![a-z])|(?<![a-z])expert(?![a-z])|難しい|難しめ|むずかしい|むずかしめ|上級|難問|"
     r"(?<![a-z])(?:eoryeoun|eoryeopge|eoryeoum)(?![a-z])|"  # romanized 어려운, 어렵게, 어려움
     # routing29: the level raised with no level said before it ("힙 문제 아까랑 같은 주제로 난이도만 올려서") is read
     # as "harder" is: hard (the service keeps no earlier job to step up from)
     r"난이도(?:를|만|는|도)?\s*(?:조금|좀|약간|더|한\s*단계|한층)?\s*(?:올려|높여|올린|높인|올리|높이|상향)|"
     r"난이도(?:가|는)?\s*(?:좀\s*|꽤\s*|더\s*)?높은|(?<![가-힣])높은\s*난이도", Difficulty.hard),  # routing29: "난이도 높은 LCA"
    # medium
    # "neither too easy nor too hard", "너무 어렵지도 쉽지도 않은": the middle
    (r"(?<![a-z])(?:neither|not) too (?:easy|hard|difficult),? (?:nor|or|and not|but not) too (?:easy|hard|difficult)(?![a-z])|"
     r"(?:쉽지도|어렵지도)\s*(?:않고\s*)?(?:어렵지도|쉽지도)\s*않|"
     # routing29: "normal" before a noun that is no problem or level word is the plain variant, no level ("not the
     # lazy one, just a normal segment tree, easy" is easy)
     r"보통|중급|중간\s*난이도|난이도\s*중간|노멀|노말|(?<![가-힣])중간(?:급|정도|수준|쯤|으로|짜리)?(?=\s*(?:$|[,.!?)]|난이도|정도|수준|문제|\d|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:문제|개)))|(?<=[가-힣])중간(?=\d{1,2}\s*(?:개|문제))|적당한|무난한|(?<![a-z])medium(?:[- /]hard| difficult(?:y|ies)?)?(?![a-z])|(?<![a-z])intermediate(?![a-z])|(?<![a-z])moderate(?![a-z])|(?<![a-z])normal(?![a-z])(?!\s+(?!(?:problems?|questions?|ones?|tasks?|exercises?|level|difficulty|mode)(?![a-z]))[a-z])|(?<![a-z])middle(?= level| difficulty)|(?<![a-z])(?:level|difficulty) (?:is )?(?:middle|mid)(?![a-z])|"
     r"普通|ふつう|中級|中くらい|(?<![a-z])botong(?![a-z])|"
     # routing26: a learner's short form in a search-box query ("dp med 2 pls", "bfs 최단거리 격자 3 med")
     r"(?<![a-z])med(?![a-z.])", Difficulty.medium),  # botong: romanized 보통
    # easy
    (r"쉬운|쉬움|쉽게|쉬워|쉽고|초급|(?<![a-z])easy(?![a-z])|(?<![a-z])(?:level|difficulty) (?:is )?low(?:er)?(?![a-z])|(?<![a-z])easier(?![a-z])|(?<![a-z])simple(?![a-z])|簡単|やさしい|易しい|やさしめ|易しめ|初級|"
     r"(?<![a-z])(?:swiun|swiwun|swipge|swiwoom|swium)(?![a-z])|"  # romanized 쉬운, 쉽게, 쉬움
     r"(?<![a-z])ez(?![a-z])|"  # routing26: "bfs 미로 3개 ez", "ez greedy x3"
     # routing29: the level lowered with no level said before it ("난이도 좀 낮춰서"): read as "easier" is, easy
     r"난이도(?:를|만|는|도)?\s*(?:조금|좀|약간|더|한\s*단계|한층)?\s*(?:낮춰|내려|낮춘|내린|낮추|내리|하향)|"
     r"난이도(?:가|는)?\s*(?:좀\s*|꽤\s*|더\s*)?낮은|(?<![가-힣])낮은\s*난이도", Difficulty.easy),
    # Who the problems are for, or the lesson's stage (초보, 입문, 기초, beginner, intro, warm-up): tutorial, but only
    # where no level word says otherwise ("Monday intro, Tuesday … 2 easy problems", "그래프 기초를 했고 … (보통)",
    # "warm up with loops, then … 3 problems, easy" ask for easy and medium problems).
    (r"왕초보|초보|입문|기초|초등학생|(?<![a-z])beginners?(?![a-z])|初心者|"
     r"(?<![a-z])intro(?:ductory)?(?![a-z])|(?<![a-z])warm[- ]?up(?![a-z])|入門", Difficulty.tutorial),
]
_SINGLE_SYLLABLE = {"하": Difficulty.easy, "중": Difficulty.medium, "상": Difficulty.hard}
# 중 is also "among": "문자열 중 가장 긴 것", "그 중 하나", "N개 중 최댓값", "곱 중 k번째로 큰 값" name no difficulty.
_NOT_AMONG = r"(?!\s*(?:가장|제일|하나|최대|최소|최댓|최솟|몇|어느|어떤|[a-z0-9]+\s*번째|(?:첫|두|세|네|다섯)\s*번째))"
# …nor before a noun of its own: "직원 중 얼리어답터", "사람 중 상위" (a level word stands alone or before 문제, 난이도,
# 정도, 수준 or a count: "난이도 중으로 5개", "트리 중 2문제", "그리디 하 세 문제")
_NOT_BEFORE_NOUN = (r"(?!\s+(?!문제|난이도|정도|수준|짜리|급|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)\s*(?:개|문제|문항)|"
                    r"하나(?:만|씩)?(?![가-힣]))"  # routing27: "트리 DP 상 하나" (중 하나 stays "one of": _NOT_AMONG)
                    r"[가-힣])")


# A difficulty word the prompt turns down or compares with names no level asked for: "어려운 거 말고 쉬운 거",
# "보통보다 조금 어려운", "not too hard", "안 어려운".
_TURNED_DOWN_AFTER = re.compile(r"\s*(?:거|것|걸|건|게|문제)?\s*(?:은|는|이|가)?\s*(?:말고|말구|빼고|대신|아닌|아니라|아니고|제외|보다|싫)")
# "it was too easy, so make it hard", "neither too easy nor too hard": a level called too much is no level asked for
# "너무 어려워서 쉬운 걸로", "dp 넘 어려움 ㅠ 입문용": a level said of what is too much (너무, 넘) is a complaint, no level
# asked for — as a predicate only: "너무 어려운 문제 주세요" asks for very hard ones
_COMPLAINTS = ("어려움", "어렵고", "어려워", "쉬움", "쉬워", "쉽고")
# (routing29b: "not the simple stack problems, monotonic stack": an article between)
_TURNED_DOWN_BEFORE = re.compile(r"(?:\b(?:not|nothing|none)(?: the| a| an)?(?: too| so| very)?|\bno|\btoo|\bthan|\binstead of|\brather than|"
                                 r"\b(?:don't|do not|dont) want(?: anything| something)?(?: too| so)?|"  # routing19
                                 r"(?<![가-힣])(?:안|너무|넘|넘나))\s*$")


def _predicate(lowered: str, word: re.Match[str]) -> bool:
    """The level word said of something, as a predicate: 어려워, 쉬움, … and routing26's 쉬운데 / 어려운데 ("너무 쉬운데요,
    다익스트라 어려운 거 하나 더": it is easy, but — a complaint, as 쉬워요 is)."""
    return word.group(0) in _COMPLAINTS or (word.group(0) in ("쉬운", "어려운") and lowered[word.end():word.end() + 1] == "데")


def _asks(lowered: str, word: re.Match[str]) -> bool:
    before = _TURNED_DOWN_BEFORE.search(lowered[:word.start()])
    if before and before.group(0).strip() in ("너무", "넘", "넘나") and not _predicate(lowered, word):
        before = None  # "너무 어려운 문제 주세요" (very hard), "너무 어렵지도 쉽지도 않은" (the middle): asked for
    return not (_TURNED_DOWN_AFTER.match(lowered, word.end()) or before) and not _complaint(lowered, word)


# routing16: a level said as a complaint without 너무/넘 — "DFS 왜 어려움 ㅠ 쉬운 거 2개", "DP 어려워서 쉬운 걸로", "힙
# 쉬움 ㅋㅋ 어려운 거" — is no level asked for when a level word of another level asks after it: the explicit one wins.
_COMPLAINT_END = re.compile(r"요|여|용|네|서|\s*[ㅠㅜㅋㅎ!?…]")  # not ~: "쉬움~보통" is a range


def _complaint(lowered: str, word: re.Match[str]) -> bool:
    said = word.group(0)
    if said not in _COMPLAINTS and _predicate(lowered, word):
        return any(_asks(lowered, later) and not _predicate(lowered, later)  # "쉬운데 ㅋㅋ 보통 위상 정렬"
                   for pattern, level in _WORDS[:-1] if not re.fullmatch(pattern, said)
                   for later in re.compile(pattern).finditer(lowered, word.end()))
    if said not in _COMPLAINTS or (said not in ("어렵고", "쉽고") and not _COMPLAINT_END.match(lowered, word.end())):
        return False
    own = next(level for pattern, level in _WORDS if re.fullmatch(pattern, said))
    return any(later.group(0) not in _COMPLAINTS and _asks(lowered, later)
               for pattern, level in _WORDS[:-1] if level != own
               for later in re.compile(pattern).finditer(lowered, word.end()))


# routing19: beside a level that asks, a level said as the order to go in ("쉬운 문제부터 천천히, 보통 난이도로 그리디 3개",
# "easy problems first, but give me 2 hard ones") or turned down with its topic's word between ("어려운 DP 빼고 쉬운 배낭
# 문제") is no level asked for; a range ("쉬운 것부터 어려운 것까지", "쉬운 문제부터 어려운 문제 순으로", "easy first, then
# hard") keeps both
_ORDER_FROM = re.compile(r"\s*(?:문제|것|거|걸|난이도|유형)?\s*(?:들)?\s*부터|\s*(?:ones|problems?|questions?)?\s*first(?![a-z])")
_RANGE_LATER = re.compile(r"까지|순으로|순서|차례|(?<![a-z])then(?![a-z])")
_IN_ORDER = re.compile(r"순으로|순서|차례|(?<![a-z])then(?![a-z])")  # (a range with 까지 is _mixed's own: "초급부터 중급까지")
_DOWN_WITH_TOPIC = re.compile(r"(?:\s+[^\s,.!?]+){1,2}?\s*(?:말고|말구|빼고|대신|제외(?:하고)?|아니라|아니고)(?![가-힣])")


def _aside(lowered: str, start: int, end: int) -> bool:
    return bool((_ORDER_FROM.match(lowered, end) and not _RANGE_LATER.search(lowered, end))
                or _DOWN_WITH_TOPIC.match(lowered, end))


def _without_aside(lowered: str, words: list, level_of, span_of) -> list:
    """`words` without the levels set aside (`_aside`), where a level of another kind is asked beside them."""
    kept = [w for w in words if not _aside(lowered, *span_of(w))]
    if kept and len(kept) < len(words) and {level_of(w) for w in kept} != {level_of(w) for w in words}:
        return kept
    return words


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts: after the last . ! ? 。 or line break before it that ends a
    sentence (a full stop before a space or the end; not "lv.2", "1.5")."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)|[。！？\n]", text[:position])]
    return ends[-1] if ends else 0


# What the asker has done or knows already is context, not the ask: "지난주에 DP를 했고 오늘은 그리디", "해시맵은 자신
# 있고 힙이 약해요. 힙 문제", "We already know binary search well; what we need is two pointers", "I already did 10
# stack problems, give me 2 more". In Korean the context runs from its clause's start to the end of the word that says
# so; in English (and Japanese) it is the whole clause, up to a comma or a sentence's end. matching.py routes on the
# rest when the context names a technique; read_prompt takes the count and the level from the rest first.
CONTEXT_KO = re.compile(r"[^.;!?\n。,]*?(?:했고|했는데|했으니|했으므로|했어요|했습니다|배웠고|배웠는데|배웠으니|배웠어요|"
                        r"배웠습니다|다뤘고|다뤘는데|다뤘으니|다뤘어요|끝냈고|끝냈는데|끝냈으니|끝냈어요|끝났고|끝났으니|"
                        r"풀었고|풀었는데|풀었으니|풀었어요|공부했고|공부했는데|"
                        r"자신 ?있고|자신 ?있는데|자신 ?있으니|잘 ?알고|잘 ?아는데|이미 [^.;!?\n。,]*?(?:했|배웠|알))[가-힣]*"
                        # routing16: unless the ask points back at it ("체를 배웠으니, 이걸 써서 풀 수 있는 문제")
                        # routing25b: or asks for more like it ("치킨 배달은 풀었으니 비슷한 조합 문제")
                        r"(?![가-힣]*[,\s]*(?:이걸|이것을|이것으로|이를|그걸|그것을|그것으로|배운 ?(?:걸|것|내용)|비슷한|비슷하게|유사한|"
                        r"이 ?(?:알고리즘|기법|내용)(?:을|를|으로|로)))")
CONTEXT_EN = re.compile(r"[^.;!?\n。,、]*(?<![a-z])(?:already|we did|i did|we covered|i covered|we learned|i learned|"
                        # routing25b: what the class or group did ("students who just learned DFS", "my study group
                        # finished BFS")
                        r"(?:who|students|class|group|team|kids|they)\s+(?:just\s+|have\s+|has\s+)?(?:learned|learnt|"
                        r"finished|covered|studied)|"
                        r"we learnt|i learnt|we finished|i finished|we went over|we know|i know|"
                        r"(?:is|are) easy for (?:me|us)|済み|もう(?:やった|習った)|やりました|習いました|終わりました)"
                        r"(?![a-z])[^.;!?\n。,、]*?(?=:\s|[.;!?\n。,、]|$)", re.IGNORECASE)  # routing25b: to a colon too


def split_context(prompt: str) -> tuple[str, list[str]]:
    """(the prompt without its context clauses, the clauses dropped)."""
    dropped, rest = [], prompt
    for pattern in (CONTEXT_KO, CONTEXT_EN):
        dropped += pattern.findall(rest)
        rest = pattern.sub(" ", rest)
    return rest, dropped


def _difficulty(text: str) -> tuple[Difficulty | str | None, str, str]:
    """(difficulty, the words that said it, the text with those words blanked so their numbers are no count)."""
    lowered = text.lower()
    # routing16: a tier that tells who the askers are ("멤버들이 대부분 골드 이상이라 어려운 걸로") is no level asked for
    # where a level word asks
    for said in _ASKERS_TIER.finditer(lowered):
        if any(_asks(lowered, word) for pattern, _ in _WORDS[:-1] for word in re.finditer(pattern, lowered)):
            blank = " " * (said.end() - said.start())
            text, lowered = (t[:said.start()] + blank + t[said.end():] for t in (text, lowered))
    # Tiers first: "골드 4", "골드4", "gold iv", "골3", "실2", "플레 문제". A number glued to a count unit
    # ("골드 2문제") is the count, not the tier's number.
    tier_names = "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_TIERS))
    tier_re = re.compile(
        rf"{_NOT_HANGUL_BEFORE}(?<![a-z])(?:{tier_names})(?![a-z])"
        rf"(?:\s*(?P<num>[1-5]|iv|v|i{{1,3}})(?![0-9a-z])(?!(?:개|문제|문항|제|問|つ)|\s+(?:problem|question)))?")
    found = tier_re.search(lowered)
    if found:
        for i, (_, tier) in enumerate(_TIERS):
            if found.group(f"t{i}"):
                raw = found.group("num")
                number = int(raw) if raw and raw.isdigit() else _ROMAN.get(raw or "")
                blanked = lowered[:found.start()] + " " * (found.end() - found.start()) + lowered[found.end():]
                return _tier_difficulty(tier, number), found.group(0).strip(), blanked
    # "골3 문제" is Gold 3 (the number is glued to the tier), "골 3문제" is no tier (the number is glued to the unit)
    short = re.search(rf"{_NOT_HANGUL_BEFORE}(브|실|골|플)(?:([1-5]){_NOT_HANGUL_AFTER}(?!(?:개|문제|문항))|"
                      rf"\s([1-5]){_NOT_HANGUL_AFTER}(?!\s*(?:개|문제|문항)))", lowered)
    if short:
        tier = dict(_SHORT_TIERS)[short.group(1)]
        blanked = lowered[:short.start()] + " " * (short.end() - short.start()) + lowered[short.end():]
        return _tier_difficulty(tier, int(short.group(2) or short.group(3))), short.group(0), blanked
    # solved.ac's own short form, capital letter and number: "다익스트라 G4", "S2 문제", "P5". Capitals only and only
    # one such token: "두 문자열 s1, s2" names strings, not Silver 1.
    # Only where a level stands: at the end, before a comma, Hangul or "problem" ("AWS S3 upload" is no tier).
    letters = list(re.finditer(r"(?<![A-Za-z0-9])(?<![A-Z]{2} )([BSGP])([1-5])(?![A-Za-z0-9])"
                               r"(?=\s*(?:$|[,.!?가-힣]|problems?\b|questions?\b))", text))
    # routing15: or leading a search-box query, before the technique's name ("G4 union find 2", "S2 그리디")
    letters = letters or list(re.finditer(r"^\s*([BSGP])([1-5])(?=\s+[A-Za-z가-힣])", text))
    if len({m.group(0) for m in letters}) == 1 and len(text) == len(lowered):
        found = letters[0]
        tier = {"B": "bronze", "S": "silver", "G": "gold", "P": "platinum"}[found.group(1)]
        blanked = lowered[:found.start()] + " " * (found.end() - found.start()) + lowered[found.end():]
        return _tier_difficulty(tier, int(found.group(2))), found.group(0), blanked
    glued = re.search(r"(?<=[가-힣])(브론즈|실버|골드|플래티넘)(?!바흐)\s?([1-5])?(?![가-힣0-9])", lowered)
    if glued:
        tier = {"브론즈": "bronze", "실버": "silver", "골드": "gold", "플래티넘": "platinum"}[glued.group(1)]
        blanked = lowered[:glued.start()] + " " * (glued.end() - glued.start()) + lowered[glued.end():]
        number = int(glued.group(2)) if glued.group(2) else None
        return _tier_difficulty(tier, number), glued.group(0), blanked
    rating = re.search(r"(?:codeforces|\bcf\b|rating|rated|레이팅|레이트|코드포스|코포)\D{0,12}?(\d{3,4})\b|"
                       r"\b(\d{3,4})\s*(?:-\s*)?(?:rated|rating|점대|레이팅)", lowered)
    if rating:
        value = int(rating.group(1) or rating.group(2))
        blanked = lowered[:rating.start()] + " " * (rating.end() - rating.start()) + lowered[rating.end():]
        return _rating_difficulty(value), rating.group(0), blanked
    # A contest's problem letter: Codeforces "Div2 C", "div. 3 A", AtCoder "ABC D번", "ARC B" — where such a
    # problem usually falls (Div2 A ~800, B ~1100, C ~1400, D ~1800; Div3/Div4 a letter easier; Div1 A ~1600;
    # ABC A–B ~tutorial, C easy, D medium, E hard; ARC A medium, B hard); later letters are beyond the catalog.
    # (Div2 A is 800–1000: easy, as the heldout sets' writers read it.)
    # (after abc/arc the letter must stand where a level does: "ABC D번", "abc d level" — not the string "abc d")
    contest = re.search(r"(?<![a-z0-9])(?:div\.?\s*([1-4])\s*([a-h])(?![a-z0-9])|(abc|arc)\s*([a-h])(?![a-z0-9])"
                        r"(?=\s*(?:$|[,.!?)]|번|level|수준|정도|급|난이도|문제|problem|급)))", lowered)
    if contest:
        order = {"div1": "dfghhhhh", "div2": "bbcdeeee", "div3": "aabcdeee", "div4": "aabcdeee",
                 "abc": "aabcdeee", "arc": "cdeeeeee"}[contest.group(3) or f"div{contest.group(1)}"]
        level = {"a": Difficulty.tutorial, "b": Difficulty.easy, "c": Difficulty.medium, "d": Difficulty.hard}.get(
            order["abcdefgh".index(contest.group(2) or contest.group(4))], BEYOND_HARD)
        blanked = lowered[:contest.start()] + " " * (contest.end() - contest.start()) + lowered[contest.end():]
        return level, contest.group(0), blanked
    # A Codeforces tag with a bare rating, in an English prompt: "combinatorics 1700", "sortings 800, 3 problems".
    # Only a round hundred from 800 to 3500 standing as a word at the end or before a comma (not "n = 1000",
    # "1000 problems", "N ≤ 1000"): Baekjoon numbers are rarely round and rarely follow an English tag.
    bare = (None if re.search(f"[{_HANGUL}]", lowered) else
            re.search(r"(?<![\w.=<>≤≥^*/+\-])(?<![=<>≤≥] )(?<!\b[a-z] )([89]00|[1-3][0-9]00)(?=\s*(?:$|,))", lowered))
    if bare and re.search(r"\b(?:limits?|time|memory|size|length|to|max|maximum|most|under|below|over|above|than|"
                          r"n|m|k|q|t)\W*$", lowered[:bare.start()]):
        bare = None  # "time limit 2000", "values up to 1000", "n 1000": a bound
    if bare and 800 <= int(bare.group(1)) <= 3500:
        blanked = lowered[:bare.start()] + " " * (bare.end() - bare.start()) + lowered[bare.end():]
        return _rating_difficulty(int(bare.group(1))), bare.group(0), blanked
    # SW Expert Academy levels D1–D8: D1–D2 tutorial, D3 easy, D4 medium, D5–D6 hard, D7–D8 beyond
    swea = re.search(r"(?:swea|sw\s*expert\s*academy|sw\s*익스퍼트|익스퍼트\s*아카데미)\D{0,20}?\bd([1-8])(?![0-9])|"
                     r"(?<![a-z0-9])d([1-8])(?![0-9a-z])[^.\n]{0,20}?(?:swea|sw\s*expert)", lowered)
    if swea:
        number = int(swea.group(1) or swea.group(2))
        level = ({1: Difficulty.tutorial, 2: Difficulty.tutorial, 3: Difficulty.easy, 4: Difficulty.medium}
                 .get(number, Difficulty.hard if number <= 6 else BEYOND_HARD))
        blanked = lowered[:swea.start()] + " " * (swea.end() - swea.start()) + lowered[swea.end():]
        return level, swea.group(0), blanked
    level = re.search(r"(?:레벨|lv\.?|level)\s*([0-5])(?![0-9])", lowered)
    if level and ("프로그래머스" in lowered or "programmers" in lowered or "lv" in level.group(0)
                  or "레벨" in level.group(0)):
        blanked = lowered[:level.start()] + " " * (level.end() - level.start()) + lowered[level.end():]
        return _LEVELS[int(level.group(1))], level.group(0), blanked
    # Level words in different sentences: the last sentence that has one asks ("DP 배웠는데 너무 어려워요. 쉬운 DP
    # 2개만" is easy); within it, the first level of _WORDS whose word asks (the audience words last).
    asked = [(rank, word) for rank, (pattern, _) in enumerate(_WORDS[:-1])
             for word in re.finditer(pattern, lowered) if _asks(lowered, word)]
    asked = _without_aside(lowered, asked, lambda row: _WORDS[row[0]][1], lambda row: row[1].span())
    if asked:
        last = max(_sentence_start(lowered, word.start()) for _, word in asked)
        rank, word = min(((r, w) for r, w in asked if _sentence_start(lowered, w.start()) == last),
                         key=lambda row: (row[0], row[1].start()))
        return _WORDS[rank][1], word.group(0), lowered
    for word in re.finditer(_WORDS[-1][0], lowered):
        if _asks(lowered, word):
            return _WORDS[-1][1], word.group(0), lowered
    # Samsung's SW competency test grades, where no level word is said: A형 (about Gold 4–1) medium, B형 (Platinum) hard
    samsung = re.search(r"(?:삼성|samsung|역량\s*테스트|역테)[^.\n]{0,20}?(?<![a-z0-9])([ab])\s*형", lowered)
    if samsung:
        blanked = lowered[:samsung.start(1)] + " " * (samsung.end() - samsung.start(1)) + lowered[samsung.end():]
        return (Difficulty.medium if samsung.group(1) == "a" else Difficulty.hard), samsung.group(0), blanked
    # Samsung's SW competency test named without a grade is its usual A형: medium
    competency = re.search(r"(?:삼성\s*|samsung\s*)?(?:sw\s*)?(?:역량\s*테스트|역테)|"
                           # routing19: "Samsung SW test style", "samsung coding test"; routing25b: "Samsung's coding test",
                           # "삼성 기출" (its past problems)
                           r"(?<![a-z])samsung(?:'s|’s)?\s*(?:sw\s*|software\s*)?(?:competency\s*|coding\s*)?(?:test|exam)s?(?![a-z])|"
                           r"삼성\s*(?:sw\s*)?기출", lowered)
    if competency:
        return Difficulty.medium, competency.group(0).strip(), lowered
    # the Korean Olympiad's divisions, with the contest named: 초등부 → easy, 중등부 → medium, 고등부 → hard
    olympiad = re.search(r"(?:koi|정보\s*올림피아드|정올|올림피아드)[^.\n]{0,20}?(초등부|중등부|고등부)", lowered)
    if olympiad:
        level = {"초등부": Difficulty.easy, "중등부": Difficulty.medium, "고등부": Difficulty.hard}[olympiad.group(1)]
        return level, olympiad.group(0), lowered
    # A contest's round, where no level word is said: ICPC or the Korean Olympiad's preliminary (예선, 1차) → medium,
    # its final or regional (본선, 2차, regional, world finals) → hard ("ICPC 예선 수준 그래프", "정보올림피아드 2차 수준 DP")
    rounds = re.search(r"(?:icpc|koi|정보\s*올림피아드|정올|올림피아드)\s*(?:[가-힣a-z]+\s*){0,2}?"
                       r"(예선|1차|preliminar(?:y|ies)|본선|2차|리저널|regionals?|world finals|월드 ?파이널)(?!원)", lowered)
    if rounds:
        level = Difficulty.medium if rounds.group(1) in ("예선", "1차") or rounds.group(1).startswith("prelim") else Difficulty.hard
        return level, rounds.group(0), lowered
    # 중상 / 중하 (upper and lower middle of a 하-중-상 scale) as a level: "중상 난이도", "난이도 중상"
    between = re.search(r"(?<![가-힣])(?:난이도\s*(중상|중하)(?![가-힣])|(중상|중하)\s*(?:난이도|정도|수준|급))", lowered)
    if between:
        return Difficulty.medium, between.group(0), lowered
    # (routing27: 그 and 이 as words of their own — "그 중", "이 중" — not as a word's last syllable: "세그 상 1" is hard;
    # and "among" is 중's reading only: "트리 DP 상 하나" is one hard problem)
    single = re.search(rf"(?<![가-힣])난이도\s*[:=]?\s*(하|중|상){_NOT_HANGUL_AFTER}", lowered) or next(
        (found for found in re.finditer(rf"{_NOT_HANGUL_BEFORE}(?<![^가-힣]그 )(?<!^그 )(?<![^가-힣]이 )(?<!^이 )(?<!개 )(?<!명 )(?<!둘 )(?<!셋 )(?<!들 )(?<!것 )(?<!가지 )(?<!수 )(?<!값 )(?<!점 )(?<!숫자 )(?<!정수 )(?<!원소 )(?<!단어 )(하|중|상){_PARTICLES}{_NOT_HANGUL_AFTER}{_NOT_BEFORE_NOUN}", lowered)
         if found.group(1) != "중" or re.match(_NOT_AMONG, lowered[found.end():])), None)
    if single:
        return _SINGLE_SYLLABLE[single.group(1)], single.group(0), lowered
    return None, "", lowered


# ---------------------------------------------------------------- counts
_NATIVE = {  # Korean native numerals as they stand before a counter (한 개, 두 문제, 스무 개) or alone (하나, 둘)
    "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "석": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6,
    "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50,
    # ranges ("두세 개" = two or three) ask for up to their upper end, like "2~3개" (read as 3개)
    "백": 100, "천": 1000,  # "문제 백 개": a count past the maximum is refused, not served as 1
    "한두": 2, "두어": 2, "두세": 3, "서너": 4, "너덧": 5, "너댓": 5, "네다섯": 5, "대여섯": 6, "예닐곱": 7,
}
_SINO_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ENGLISH = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "half a dozen": 6, "a dozen": 12,
            "dozen": 12, "two dozen": 24, "three dozen": 36, "a hundred": 100, "one hundred": 100, "hundred": 100,
            "a thousand": 1000, "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2, "single": 1, "a": 1, "an": 1}
_UNIT_KO = r"(?:개(?!월)|문제(?!집)|문항|제(?![가-힣])|題)"  # not 3개월 (months), 1766 문제집 (a problem book)
_UNIT_EN = r"(?:problems?|probs?|questions?|tasks?|exercises?|puzzles?|ones)"  # "probs": a learner's short form


def _native(word: str) -> int | None:
    """한/두/…/열/스무 and their compounds: 열다섯 → 15, 스물두 → 22."""
    if word in _NATIVE:
        return _NATIVE[word]
    for tens in ("열", "스물", "스무", "서른", "마흔"):
        if word.startswith(tens) and word[len(tens):] in _NATIVE and _NATIVE[word[len(tens):]] < 10:
            return _NATIVE[tens] + _NATIVE[word[len(tens):]]
    return None


_SINO_KO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SINO_KO = "[일이삼사오육칠팔구]"


def _sino_korean(word: str) -> int:
    """이십 → 20, 백오십 → 150, 삼백 → 300 (a word with 십 or 백; single digits are too often other words)."""
    total, digit = 0, 0
    for ch in word:
        if ch in _SINO_KO_DIGITS:
            digit = _SINO_KO_DIGITS[ch]
        else:
            total += (digit or 1) * (100 if ch == "백" else 10)
            digit = 0
    return total + digit


def _kanji(word: str) -> int | None:
    if not word or any(ch not in _SINO_KANJI for ch in word):
        return None
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_SINO_KANJI.get(tens, 1) if tens else 1) * 10 + (_SINO_KANJI.get(ones, 0) if ones else 0)
    return _SINO_KANJI[word] if len(word) == 1 else None


def _english_number(word: str) -> int:
    return int(word) if word.isdigit() else _ENGLISH[word]


_ENGLISH_NUMBER = r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
# a level word next (routing27: a count right before it ends its item: "problem 2 level medium", "2 piece medium")
_LEVEL_AHEAD = (r"(?:(?:level|difficulty)\s+(?:is\s+)?)?(?:easy|medium|hard|tutorial|beginner|intermediate|advanced|"
                r"middle|mid|low|high)(?![a-z])")
# A settings line of a multi-line or form-like prompt: "개수: 3", "문제 수 = 4", "count: 2", "問題数：5".
# The label may stand in brackets and the number follow a space alone where it ends the item ("[count] 3",
# "count 2; topic: …", "주제 0-1 BFS, 개수 2, 난이도 어려움"), and be a word ("How many: three.").
_COUNT_FIELD = (r"(?:개수|갯수|문제\s*개수|문제\s*수|문항\s*수|수량|(?<![a-z])count|number of problems|how many|問題数)"
                r"[*_`\])]*(?:\s*[:=：]\s*[*_`]*\s*(-?\d{1,4}|" + _ENGLISH_NUMBER + r")(?![0-9a-z])"
                r"|\s+(\d{1,3})(?=\s*(?:[,;.!?]|$)))(?!\s*[≤<≥>^*×]|\s*/(?!\s)|\.\d|,\d{3})")  # not "개수: 1 ≤ N", "count = 10^5"
# ("문제 수: 4 / 난이도: 상": a slash between spaces separates the settings; "4/5" is a fraction)


# A count of the data a task works on, not of problems: "분수 두 개 더해서", "수 세 개를 곱한", "두 개를 합쳐", "세 개를 골라
# 합이 최대", "돌을 1~3개 가져가는 게임" (but "3개 골라 줘" picks problems).
# routing18: "두 개로 나누고" (into two pieces) is data too, as "두 개를 나누" is, and "숫자 40개 중 일부를" (of them),
# "칸 두 개짜리 블록" (a size)
_DATA_AFTER = re.compile(r"\s*(?:의\s*(?:수|정수|숫자|원소|물건|점|정점|문자열|단어)(?![가-힣]))|"  # routing19: "40개의 수 중에서"
                         r"\s*(?:를|을|씩|로|으로)?\s*(?:중(?![가-힣])|짜리|더하|더해|더한|더할|곱하|곱해|곱한|곱할|합치|합쳐|합친|합칠|나누|나눠|나눈|나눌|비교|"
                         r"골라(?!\s*(?:서\s*)?(?:줘|주))|고르는|고른|가져가|가져간|가져갈)")


_BOUND_AFTER = re.compile(r"\s*(?:이하|이상|미만|초과)")
# (routing26: and the shapes and sequences a task is given: "점 세 개가 시계 방향인지", "선분 두 개가 교차하는지")
# (routing27: and things a story handles: "가장 무거운 돌 두 개를 부딪쳐", "구슬 세 개")
_DATA_NOUN_BEFORE = re.compile(r"(?<![가-힣])(?:정점|간선|노드|도시|원소|물건|정수|칸|단어|점|선분|직선|다각형|수열|배열|문자열|"
                               r"돌|구슬|막대|막대기|상자|사탕|공)"
                               r"(?:이|가|은|는|의|를|을)?\s*(?:최대|최소|약)?\s*$|"
                               # routing29: with its size between ("문자열 길이 5000 두 개", "정점 10만 두 개")
                               r"(?<![가-힣])(?:정점|노드|수열|배열|문자열|단어)\s*(?:길이|크기)?\s*\d[\d,]*\s*(?:만|억)?\s*$")
_DATA_BEFORE = re.compile(r"(?:정점|간선|노드|도시|원소|숫자|값|칸|문자|단어|수|길이|크기)(?:이|가|은|는|의|를|을)?\s*$")


@lru_cache(maxsize=1)
def _numbered_titles() -> frozenset[str]:
    """The Korean problem titles with a number that topics list ("숨바꼭질 4", "구간 합 구하기 5"), where the title
    without its number names no topic itself (as matching reads them: "동전 2 문제" is two coin problems)."""
    from generator.problems.catalog import topics
    from generator.problems.matching import _NUMBERED_SERIES, _bare_keywords

    titles = {k.lower() for topic in topics() for k in topic.keywords
              if re.fullmatch(rf"[^a-z]*[{_HANGUL}] \d{{1,2}}", k.lower())}
    # a zero is never a count of a title's problems: "동전 0 문제" is Baekjoon's 동전 0, not zero coin problems
    return frozenset(t for t in titles if t.endswith(" 0") or t.rsplit(" ", 1)[0] in _NUMBERED_SERIES
                     or t.rsplit(" ", 1)[0] not in _bare_keywords())


@lru_cache(maxsize=1)
def _all_numbered_titles() -> frozenset[str]:
    """Every Korean problem title with a number that topics list, those whose bare title names a topic too ("퇴사 2",
    "동전 1"): "퇴사 2 문제" alone is two 퇴사 problems, but not where a count follows ("퇴사 2 문제 3개")."""
    from generator.problems.catalog import topics

    return frozenset(k.lower() for topic in topics() for k in topic.keywords
                     if re.fullmatch(rf"[^a-z]*[{_HANGUL}] \d{{1,2}}", k.lower()))


def _numbered_title_ends(before: str, number: int, titles: frozenset[str] | None = None) -> bool:
    return any(re.search(rf"(?<![{_HANGUL}]){re.escape(title[:-len(str(number))].strip())}\s*$", before)
               for title in (_numbered_titles() if titles is None else titles) if title.endswith(f" {number}"))


# routing25b: a number of data structures, not of problems — "힙 2개로 중앙값", "스택 두 개로 큐 만들기", "중앙값 유지하는
# 우선순위 큐 두 개", "지금까지의 중간값을 매번 출력, 힙 두 개", "two heaps problem", "a queue with 2 stacks problem": the
# count after a structure's name (문제 not between) that the structures are used for (로, 를 써서), that a verb of
# keeping describes (유지하는), or beside a task of the structure's own topic; in English, before the plural name.
# A structure and a count alone stay a count ("힙 두 개", "스택 2개": two problems).
_STRUCTURE = r"(?:최소\s*|최대\s*)?(?:힙|우선\s*순위\s*큐|스택|큐|덱|데크|해시\s*맵|해시\s*셋|포인터)"
_STRUCTURE_BEFORE = re.compile(rf"(?<![가-힣])({_STRUCTURE})\s*$")
_STRUCTURE_DESCRIBED = re.compile(rf"[가-힣]는\s+{_STRUCTURE}\s*$")
_STRUCTURE_USED = re.compile(r"\s*(?:(?:로|으로)(?![가-힣])|(?:를|을)?\s*(?:써서|써|쓰는|쓴|이용|사용|활용|가지고|유지|관리|두고))")
_STRUCTURES_AFTER = re.compile(r"\s*(?:min-|max-|min |max |priority )?(?:heaps|stacks|queues|deques|pointers)(?![a-z])")


def _structures_counted(text: str, before: str, found: re.Match[str]) -> bool:
    if found.lastindex and _STRUCTURES_AFTER.match(text, found.end(1)):
        return True
    noun = _STRUCTURE_BEFORE.search(before)
    if noun is None:
        return False
    if _STRUCTURE_USED.match(text, found.end()) or _STRUCTURE_DESCRIBED.search(before):
        return True
    from generator.problems.matching import rank_topics  # imports this module: not at load time

    rest = text[:noun.start()] + " " + text[found.end():]
    mine, others = rank_topics(noun.group(1)), rank_topics(rest)
    return bool(mine and others and others[0][1].name == mine[0][1].name)


_GLUED_BEFORE_COUNT = "|".join(f"(?<={w})" for w in ("걸로", "거로", "것으로", "으로", "거", "것", "걸", "보통", "쉬움", "어려움",
                                                         "중간", "난이도", "정도", "수준", "짜리", "만"))


# routing29: what a classic puzzle counts, right after the number, is its data ("eight queens puzzle", "8 queens
# problem", "two water jugs puzzle", "100 coins problem"), no count of problems
_DATA_PLURALS = "queens|rooks|knights|bishops|coins|jugs|eggs|floors|cities|nodes|vertices|items|houses|disks|discs|pegs"


def _count(text: str) -> tuple[int | None, str]:
    """The first count the prompt states, or 0 for a count of zero or below ("0문제", "개수: -1"), which
    POST /jobs refuses rather than serve one problem."""
    natives = "|".join(sorted({*_NATIVE, "열다섯", "열두", "열한", "스물두"}, key=len, reverse=True))
    patterns: list[tuple[str, callable]] = [
        (_COUNT_FIELD, lambda m: _english_number(m.group(1) or m.group(2))),
        # one problem for each of N people: "인원이 4명이라 한 사람당 한 문제씩", "스터디원 5명, 각자 1문제씩" ask for N
        # (routing16: "세 명이 각각 하나씩 풀 DP 문제" too, 하나씩 before what they solve; not "5명에게 사탕을 하나씩")
        (rf"(?<![0-9.,^])(\d{{1,2}}|{natives})\s*명(?![가-힣]*\s*중)[^.!?\n]{{0,30}}?"
         rf"(?:(?:한|1)\s*(?:문제|문항)\s*씩|하나\s*씩(?=\s*(?:풀|문제)))",
         lambda m: int(m.group(1)) if m.group(1).isdigit() else _native(m.group(1))),
        (rf"(?<![0-9.,^])(\d{{1,4}})\s*{_UNIT_KO}", lambda m: int(m.group(1))),
        (r"(?<![0-9.,^])(\d{1,4})\s*(?:問|つ|個)", lambda m: int(m.group(1))),
        (r"([一二三四五六七八九十]+)\s*(?:問|つ|個|題)", lambda m: _kanji(m.group(1))),
        # Sino-Korean tens and hundreds ("오십 개", "백오십 문제", "이십 문제"): past the maximum they are refused
        (rf"(?<![{_HANGUL}])({_SINO_KO}?백(?:{_SINO_KO}?십)?{_SINO_KO}?|{_SINO_KO}?십{_SINO_KO}?)\s*(?:개|문제|문항)",
         lambda m: _sino_korean(m.group(1))),
        # routing29: or glued after the words a request puts before its count, in Korean typed without spaces
        # ("백트래킹문제쉬운거다섯개", "트라이문제어려운걸로두개", "스택문제보통두개"; not "조건두개" or "경로두개")
        (rf"(?:(?<![{_HANGUL}])|(?<=문제)|{_GLUED_BEFORE_COUNT})((?:열|스물|스무|서른|마흔)?(?:{natives}))\s*(?:개|문제|문항)",
         lambda m: _native(m.group(1))),
        (rf"문제\s*(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열){_NOT_HANGUL_AFTER}|"
         rf"문제\s*(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)(?:만|씩|정도|쯤)", lambda m: _NATIVE[m.group(1) or m.group(2)]),
        (rf"{_NOT_HANGUL_BEFORE}(하나)(?:만|씩)?{_NOT_HANGUL_AFTER}", lambda m: 1),
        # "x3", "x 2", "3x" — but "5 x 5 격자" and "2 x n 타일링" are sizes, not counts
        (r"(?<![a-z0-9])(?<![0-9]\s)[x×]\s?(\d{1,3})(?![0-9a-z])(?!\s*[x×*]\s*\d)|"
         # routing18: not a term of an expression ("X-1, X+1, 2X로 움직일 때": 2X with a particle)
         # routing25b: nor before an operator ("3x + 5y = 7")
         r"(?<![a-z0-9.])(\d{1,3})\s?[x×](?![a-z0-9])(?!\s*(?:\d|[a-z](?![a-z0-9])))(?!(?:로|으로|를|을|의|가|는|에)(?![가-힣]))(?!\s*[+\-=*/^])|"
         # "dijkstra * 2": a star and a number ending the prompt (not "2 * n", not "**bold**")
         r"(?<![0-9*\s])\s*\*\s?(\d{1,2})\s*$",
         lambda m: int(m.group(1) or m.group(2) or m.group(3))),
        (r"(?<![a-z0-9.])(\d{1,4})\s+of (?:them|those|these)\b", lambda m: int(m.group(1))),
        # "3 ea", "2ea": ea (each) is how Korean writers count pieces in English ("heap 3ea", "LCA problem 2ea hard")
        (r"(?<![a-z0-9.^=<>≤≥+\-*/])(\d{1,3})\s?ea(?![a-z0-9])", lambda m: int(m.group(1))),
        # "3gae", "2 munje": 개 and 문제 in romanized Korean ("dfs munje 3gae jwo")
        (r"(?<![a-z0-9.^=<>≤≥+\-*/])(\d{1,3})\s?(?:gae|munje)(?![a-z0-9])", lambda m: int(m.group(1))),
        # "give 2", "make me three.": a number right after a verb of asking, ending the clause
        (rf"(?<![a-z])(?:give|make|want|need|generate|create)(?: me| us)?\s+(\d{{1,2}}|{_ENGLISH_NUMBER})(?=\s*(?:$|[,.!?]))",
         lambda m: _english_number(m.group(1))),
        # "체 문제 two": an English number word after the Korean unit, ending the clause
        (rf"(?:문제|개)\s*({_ENGLISH_NUMBER})(?=\s*(?:$|[,.!?]))", lambda m: _ENGLISH[m.group(1)]),
        # "please 2 medium dijkstra", "3 hard dp": a number right before a level word is the count
        (r"(?<![a-z0-9.^=<>≤≥+\-*/])(\d{1,2})\s+(?=(?:easy|medium|hard|tutorial|beginner|intermediate|advanced|ez|med)\b|"
         # routing27: or before a level said as "level …" ("give me problem of dfs 3 level middle")
         r"(?:level|difficulty)\s+(?:is\s+)?(?:easy|medium|hard|middle|mid|low|high|upper)\b)",
         lambda m: int(m.group(1))),
        # a range asks for its upper end, as 두세 개 does: "two or three problems", "2-3 problems", "3 to 5 tasks"
        (rf"(?<![a-z0-9.^=<>≤≥+\-*/])\b([1-9]\d?|{_ENGLISH_NUMBER})\s*(?:or|to|~|-|–)\s*([1-9]\d?|{_ENGLISH_NUMBER})"
         rf"\s+(?:[a-z0-9'\-/()]+\s+){{0,5}}?{_UNIT_EN}\b",
         lambda m: max(_english_number(m.group(1)), _english_number(m.group(2)))),
        (rf"(?<![a-z0-9.^=<>≤≥+\-*/])(\d{{1,4}})(?!\s+(?:[a-z]+\s+)?(?:{_DATA_PLURALS})\b)\s+(?:[a-z0-9'\-/()]+\s+){{0,5}}?{_UNIT_EN}\b",
         lambda m: int(m.group(1))),
        (rf"\b(half a dozen|two dozen|three dozen|a dozen|dozen|a hundred|one hundred|hundred|a thousand|a couple of|a couple|couple of|a pair of|one|two|three|four|five|six|seven|eight|nine|"
         rf"ten|eleven|twelve|fifteen|twenty|thirty)(?!\s*-?\s*(?:pointers?|sum)\b|\s+(?:[a-z]+\s+)?(?:{_DATA_PLURALS})\b)\s+(?:[a-z0-9'\-/()]+\s+){{0,5}}?{_UNIT_EN}\b",
         lambda m: _ENGLISH[m.group(1)]),
        (r"\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+of (?:them|those|these)\b",
         lambda m: _ENGLISH[m.group(1)]),
        (r"(?<![a-z])(half a dozen|a dozen|dozen)(?![a-z])", lambda m: _ENGLISH[m.group(1)]),
        # "knapsack problems, a couple": a couple or a pair as the prompt's last item
        (r"(?<![a-z])(a couple|a pair)(?: of them)?\s*[.!?]*\s*(?:,|$)", lambda m: 2),
        # an approximate count ("three-ish stack problems", "BFS on grids, three or so, easy"), one offered with
        # please or maybe ("2 please.", "Maybe two?"), or before "on" a topic ("practice problems: 3 on bit tricks")
        (rf"(?<![a-z0-9.^=<>≤≥+\-*/])(\d{{1,2}}|{_ENGLISH_NUMBER})(?:\s*-\s*ish|ish| or so)(?![a-z0-9])",
         lambda m: _english_number(m.group(1))),
        (rf"(?:^|[.!?,:;]\s*|\bmaybe\s+)(\d{{1,2}}|{_ENGLISH_NUMBER})\s+(?:please|pls|plz)\b|"
         rf"\bmaybe\s+(\d{{1,2}}|{_ENGLISH_NUMBER})\s*(?:[.!?]|$)",
         lambda m: _english_number(m.group(1) or m.group(2))),
        (rf"(?:[:,]|\b(?:me|make|want|need|get|give|generate|create))\s*(\d{{1,2}}|{_ENGLISH_NUMBER})\s+on\s+(?=[a-z])",
         lambda m: _english_number(m.group(1))),
        # the number after the unit, as Korean puts it after 문제 ("problem two", "grid bfs problems 5, easy",
        # "many dp problem, five"), or a count of pieces (개 said in English: "2 pieces", "one piece") — only where
        # it ends the prompt or a clause ("problem 1753 of the archive" is a problem's number)
        # (routing27: or before a level: "sieve problem 2 level medium", "trie problem 2 piece medium")
        (rf"(?<![a-z]){_UNIT_EN}\s*,?\s*(\d{{1,2}}|{_ENGLISH_NUMBER})(?=\s*(?:$|[,.!?]|{_LEVEL_AHEAD}))",
         lambda m: _english_number(m.group(1))),
        (rf"(?<![a-z0-9.])(\d{{1,2}}|{_ENGLISH_NUMBER})\s+pieces?(?=\s*(?:$|[,.!?]|{_LEVEL_AHEAD}))",
         lambda m: _english_number(m.group(1))),
        # routing27: a settings item in learners' English, ending its clause: "number 3", "quantity 5", "amount 2"
        (r"(?<![a-z])(?<!problem )(?:number|quantity|amount|nos?\.?)\s*[:=]?\s*(\d{1,2})(?=\s*(?:$|[,.!?;]))",
         lambda m: int(m.group(1))),
    ]
    nothing: tuple[str, ...] = ()
    for pattern, value in patterns:
        for found in re.finditer(pattern, text):
            number = value(found)
            if number is None:
                continue
            before = text[:found.start(1)] if found.lastindex else ""
            if before[-2:-1].isascii() and before[-2:-1].isalpha() and before[-1:] in ("-", "+"):
                continue  # "N-1개의 간선", "k+1 problems": an expression, no count
            if _DATA_AFTER.match(text, found.end()) and not re.search(r"(?:문제|문항)\s*$", before):
                continue  # "분수 두 개 더해서", "수 세 개를 곱한": numbers of the task's data, no count
            if _BOUND_AFTER.match(text, found.end()) and (number > 50 or _DATA_BEFORE.search(before)):
                continue  # "정점 100개 이하", "원소가 10개 이상": a bound on the data, no count ("문제 3개 이상" is one)
            if found.lastindex and found.group(1) == "셋" and re.search(r"(?:조인트|해시|해쉬|트리|비트|멀티|스트링)\s*$", before):
                continue  # routing19: "디스조인트 셋 문제", "해시 셋": a set in Konglish, not three
            if _DATA_NOUN_BEFORE.search(before) and "개" in found.group(0):
                continue  # routing19: "정점 100개 모든 쌍 최단 거리", "도시 5개": the data's size, no count
            if "개" in found.group(0) and re.search(r"(?<![a-z0-9_])[a-z]\s*(?:이|가|은|는|=|:)\s*$", before):
                continue  # routing25b: "N이 40개라 부분집합을 절반씩": a variable's value, the data's size
            if _structures_counted(text, before, found):
                continue  # routing25b: "힙 두 개로 중앙값", "two heaps problem": how many structures, no count
            if found.lastindex and re.match(r"[\s-]*(?:years?|yrs?)[\s-]*old(?![a-z])", text[found.end(1):]):
                continue  # "my 14 year old who loves puzzles … a few easy problems": an age, no count
            if re.search(r"(?:leetcode|리트코드)\s*#?\s*$", before):
                continue  # "LeetCode 1 two sum style problems": a problem's number
            if ((re.fullmatch(r"\d{1,2} (?:문제|문항)", found.group(0).strip()) or number == 0)
                    and _numbered_title_ends(before, number)):
                continue  # routing16: "숨바꼭질 4 문제", "구간 합 구하기 5 문제", "동전 0문제": the title's number
            if (re.fullmatch(r"\d{1,2} (?:문제|문항)", found.group(0).strip())
                    and _numbered_title_ends(before, number, _all_numbered_titles())
                    and _count(text[found.end():])[0]):
                continue  # routing17: "퇴사 2 문제 3개": the title's number, and the count comes after it
            if number >= 1000 and number % 100 and re.fullmatch(r"\d+ 문제", found.group(0)):
                continue  # "백준 1753 문제": a problem's number; "1000 문제" or "1753문제" would be a count
            if before.endswith("-") and not before[-2:-1].isalnum():
                number = -number  # "문제 -2개"
            if number > 0:
                return number, found.group(0).strip()
            nothing = nothing or (found.group(0).strip(),)
            break
    if nothing:
        return 0, nothing[0]
    return None, ""


_LEVEL_WORD = r"tutorial|easy|medium|hard|쉬움|보통|어려움|쉬운|어려운|ez|med"


# the words before a number that make it no count of a search-box query: a title's number (LCS 2), a tier's, a bound's
_NO_QUERY_NAME = (r"(?:^| )(?:lcs|lis|nim|sat|s|g|b|p|lv|level|d|div|cf|to|n|m|k|q|t|up|max|maximum|most|"
                  r"under|below|over|above|than|size|length|limit|limits|time|memory|of|is|at|with)$")


def _bare_count(text: str, difficulty_words: str) -> tuple[int | None, str]:
    """A number without a unit is the count only where a list of settings puts it: right after the difficulty word
    ("greedy medium 2", "dp knapsack 중간 난이도 3", "prefix sum easy 10", "tree problems, medium, 3") or as a
    comma-separated item of its own, the prompt's only number ("edit distance problems, 3, medium") — and then only
    before a comma or at the end. Anywhere else a bare number is a tier, a bound, a problem id or part of a
    problem's name ("숨바꼭질 3", "부분수열의 합 2 같은 문제", "hard 2-SAT")."""
    # routing26: chat shorthand of bare jamo is no word of the query ("ㄱㄱ 이분그래프 2", "ㅇㅇ 누적합 2")
    text = " ".join(re.sub(r"(?<!\S)[ㄱ-ㅎㅏ-ㅣ]+(?!\S)", " ", text).split())
    if difficulty_words:
        words = "|".join(w for w in _ENGLISH if " " not in w and len(w) > 2 and w != "one")  # "the hardest one"
        # (routing26: "please" may end it: "dp med 2 pls")
        after = re.search(re.escape(difficulty_words) + rf"[\s,]*(?<![0-9])(\d{{1,3}}|{words})(?:\s+(?:pls|plz|please))?"
                          r"\s*[.!?]*\s*(?:,|$)", text)
        if after:
            number = int(after.group(1)) if after.group(1).isdigit() else _ENGLISH[after.group(1)]
            if number > 0:
                return number, after.group(0).strip(" ,.!?")
    item = re.search(r"(?:^|,|[.!?:;](?=\s))\s*(\d{1,3})\s*(?=,|$)", text)  # "… needs exercises. 3, easy."
    if item and len(re.findall(r"\d+", text)) == 1 and int(item.group(1)) > 0:
        return int(item.group(1)), item.group(0).strip(" ,")
    # a number word as the last item of a prompt without digits ("Please the problem using deque, two")
    word = re.search(rf",\s*({_ENGLISH_NUMBER})\s*[.!?]*$", text)
    if word and not re.search(r"\d", text):
        return _ENGLISH[word.group(1)], word.group(0).strip(" ,.!?")
    # the last item, where the other numbers are problem numbers ("LeetCode 743 network delay time style, 2")
    last = re.search(r",\s*([1-9]|1[0-9]|20)\s*[.!?]*$", text)
    if last and all(len(n) >= 3 for n in re.findall(r"\d+", text[:last.start()])):
        return int(last.group(1)), last.group(0).strip(" ,.!?")
    # a search-box query: a technique's English name or acronym and a number, nothing else ("dfs 3", "union-find 5",
    # "binary serach 2"); a Korean title keeps its number ("숨바꼭질 3", "동전 2", "lcs 2" stay one problem)
    # routing17: after a choice of two levels leading the query ("easy or hard dijkstra 3", "쉬움/보통 그리디 2")
    text = re.sub(rf"^({_LEVEL_WORD})\s*(?:or|/|~|-|또는)\s*({_LEVEL_WORD})\s+(?=\S)", "", text)
    query = re.fullmatch(r"([a-z][a-z\-']*(?: [a-z\-']+){0,2})\s+([1-9]|1[0-9]|20)", text)
    if query and not re.search(_NO_QUERY_NAME, query.group(1).strip()):
        return int(query.group(2)), query.group(2)
    # the same query with a technique's Korean name ("그리디 5", "투포인터 3", "그래프 2"), where the name with its
    # number is no title of its own ("동전 2" is Baekjoon's; "숨바꼭질" names no technique, so "숨바꼭질 3" stays one)
    # and the number before an English name ("2 heaps", "3 dfs"), where the two are no name together ("2 pointers")
    korean = re.fullmatch(r"([가-힣]+(?: [가-힣]+){0,2})\s+([1-9]|1[0-9]|20)", text)
    before = re.fullmatch(r"([1-9]|1[0-9]|20)\s+([a-z][a-z\-']*(?: [a-z\-']+){0,2})", text)
    if (korean or before) and not re.search(r"\d", difficulty_words):  # not after a tier: "실버 2 다익스트라 3"
        from generator.problems.matching import _bare_keywords  # imports this module: not at load time

        names = {k.replace(" ", "") for k in _bare_keywords()}
        number, name = (korean.group(2), korean.group(1)) if korean else (before.group(1), before.group(2))
        name = name.replace(" ", "")
        together = f"{name}{number}" if korean else f"{number}{name}"
        if name in names and together not in names:
            return int(number), number
    # routing27: the same, ending a comma-separated item of a longer prompt, its only number ("다음 주 스터디 과제 백트래킹 3,
    # 난이도 보통", "homework: dfs 3, easy")
    if len(re.findall(r"\d+", text)) == 1 and "," in text and not re.search(r"\d", difficulty_words):
        from generator.problems.matching import _bare_keywords  # imports this module: not at load time

        names = {k.replace(" ", "") for k in _bare_keywords()}
        for item in text.split(","):
            tail = re.search(r"(?:^|\s)((?:[가-힣]+|[a-z][a-z\-']*)(?: (?:[가-힣]+|[a-z][a-z\-']*)){0,2})\s+([1-9]|1[0-9]|20)\s*$",
                             item.strip())
            if not tail or re.search(_NO_QUERY_NAME, tail.group(1)):
                continue
            words = tail.group(1).split()
            for start in range(len(words)):  # the longest run of the item's last words that is a name
                name = "".join(words[start:])
                if name in names and f"{name}{tail.group(2)}" not in names:
                    return int(tail.group(2)), tail.group(2)
    return None, ""


# Two levels joined as one request: "쉬운 거 2개랑 어려운 거 1개", "쉬운 것부터 어려운 것까지", "easy and hard",
# "easy 2, hard 1", "쉬운~보통". Not two levels in different sentences or clauses ("DP is easy for me. hard ones
# please", "DP가 쉬워서 어려운 거"): there the later one is the request.
_JOINED = re.compile(r"(?:랑|와|과|하고|부터|및|또는|이나|나|から|(?<![a-z])(?:and|or|to|plus)(?![a-z])|[&/,~+\-–〜～])")


def _levels_asked(lowered: str) -> list[tuple[Difficulty, str, int, int]]:
    """Every difficulty word of the prompt that asks for its level (not one turned down or compared with)."""
    asked = []
    for pattern, difficulty in _WORDS:
        for word in re.finditer(pattern, lowered):
            if word.group(0) in ("simple", "초등학생"):  # "a simple statement", "for a schoolchild": no level
                continue
            if _asks(lowered, word):
                asked.append((difficulty, word.group(0), word.start(), word.end()))
    # solved.ac tiers are levels too: "실버부터 골드까지", "실버 1 ~ 골드 5" (but "골드 4~3" is one level)
    for pattern, tier in _TIERS:
        if tier == "beyond":
            continue
        for word in re.finditer(rf"{_NOT_HANGUL_BEFORE}(?<![a-z])(?:{pattern})(?![a-z])(?:\s*([1-5])(?![0-9])"
                                rf"(?!\s*(?:개|문제|문항)))?", lowered):
            if _asks(lowered, word):
                level = _tier_difficulty(tier, int(word.group(1)) if word.group(1) else None)
                asked.append((level, word.group(0), word.start(), word.end()))
    # routing27: 하/중/상 each with a count of its own ("해시맵 하 1개, 중 1개", "상 2개 하 1개")
    counted = list(re.finditer(r"(?<![가-힣])(하|중|상)\s*(?=(?:\d{1,2}|한|두|세|네|다섯)\s*(?:개|문제|문항))", lowered))
    if len({found.group(1) for found in counted}) >= 2:
        asked += [(_SINGLE_SYLLABLE[found.group(1)], found.group(1), found.start(), found.end()) for found in counted]
    return _without_aside(lowered, sorted(asked, key=lambda row: row[2]), lambda row: row[0], lambda row: row[2:4])


# "쉬운거 3개 어려운거 2개", "easy 2 hard 1": each level with its own count is two levels asked for at once
_OWN_COUNT = re.compile(r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개|문제|문항)|\d+\s*(?:problems?|questions?)?\s*$")


# A range or a choice of two neighbouring levels ("쉬움~보통", "easy to medium", "초급부터 중급까지", "between easy and
# medium", "보통에서 어려움 사이", "medium or hard, whichever", "쉬운 것 또는 보통"): any level in it is what was asked
# for, and a job serves the lower one. A range over three levels or more ("easy to hard", "쉬운 것부터 어려운 것까지")
# asks for a spread, and two levels with their own counts or joined by "and" for both: those stay refused.
_RANGE = re.compile(r"^\s*(?:(?:문제|것|거|걸|난이도|수준|정도|레벨|급|level|problems?|ones?)\s*)?"
                    r"(?:부터|에서|から|(?<![a-z])(?:to|up to|or)(?![a-z])|또는|이나|혹은|아니면|[~\-–〜～]|,)[\s\-–]*"
                    r"(?:(?:the|a|an)\s+)?$|^-(?:to|or)-$")
# routing16: a slash, a tilde or "or" between two levels ("쉬움/보통 2문제", "easy/medium", "easy or hard", "쉬움~어려움")
# offers a choice: either level will do, and a job serves the lower one ("from easy to hard", "쉬운 것부터 어려운
# 것까지" and a range to be covered evenly still ask for a spread)
_CHOICE = re.compile(r"^\s*(?:(?:문제|것|거|걸|난이도|수준|정도|레벨|급|level|problems?|ones?)\s*)?"
                     r"(?:/|[~〜～]|또는|혹은|아니면|(?<![a-z])or(?![a-z]))\s*$")
_RANGE_BEFORE = re.compile(r"(?<![a-z])between\s+$|(?<![a-z])from\s+$")
# One problem at each level ("난이도별로 하나씩", "one of each difficulty"): several levels in one job
_SPREAD = re.compile(r"난이도\s*별|난이도\s*마다|각\s*난이도|모든\s*난이도|난이도를?\s*골고루|"
                     r"(?<![a-z])(?:one|1) (?:problem )?(?:of|at|for|per|from) (?:each|every) (?:difficulty|level)|"
                     r"(?<![a-z])(?:each|every|all) (?:difficulty|difficulties)(?! is)(?![a-z])|(?<![a-z])(?:each|every|all) difficulty levels?")
# ...or several levels listed with one of each ("하/중/상 하나씩", "쉬움, 보통, 어려움 각각 1개", "easy, medium, hard: one each")
_EACH = re.compile(r"(?:하나|한\s*(?:개|문제|문항)|\d+\s*(?:개|문제|문항)?)\s*씩|각각|각\s*\d|"
                   r"(?<![a-z])(?:one|\d+) each(?![a-z])|(?<![a-z])each one(?![a-z])")
_SYLLABLE_LIST = re.compile(r"(?<![가-힣])(?:하|중|상)\s*[/,·]\s*(?:하|중|상)(?:\s*[/,·]\s*(?:하|중|상))?(?![가-힣])")
# ...unless the prompt wants the range covered ("실버부터 골드까지 골고루", "easy to medium, evenly")
_EVENLY = re.compile(r"골고루|고르게|다양하게|(?<![a-z])(?:evenly|spread|a mix of levels|mixed levels)(?![a-z])")
# Any level will do: "any is fine", "난이도는 상관없어요"
_ANY_LEVEL = re.compile(r"(?<![a-z])any (?:is|are|would be|will be) (?:fine|ok|okay)|(?<![a-z])any (?:level|difficulty) (?:is|will)|"
                        r"난이도\s*(?:는|은)?\s*상관\s*없|난이도\s*(?:는|은)?\s*아무거나")
_ORDER = list(Difficulty)


def _audience(word: str) -> bool:
    """Who the problems are for or the lesson's stage (입문, 기초, beginner): no level of its own beside a level word."""
    return bool(re.fullmatch(_WORDS[-1][0], word))


def _mixed(lowered: str) -> tuple[tuple[str, ...], Difficulty | None, str]:
    """(the words of two levels asked for at once, else (); the lower level of a range or choice of two neighbouring
    levels, else None; that range's words)."""
    spread = _SPREAD.search(lowered)
    if spread:
        return (spread.group(0),), None, ""
    asked = _levels_asked(lowered)
    # routing15: a list of levels with one (or N) of each: "하/중/상 하나씩", "쉬움, 보통, 어려움 하나씩", "상/중/하 각각 1개"
    each = _EACH.search(lowered)
    if each:
        listed = _SYLLABLE_LIST.search(lowered)
        if listed:
            return (listed.group(0),), None, ""
        if len({level for level, *_ in asked}) >= 2:
            return tuple(word for _, word, *_ in asked), None, ""
    for (level, word, first, end), (other, word2, start, last) in zip(asked, asked[1:]):
        gap = lowered[end:start]
        if ((_audience(word) or _audience(word2)) and not _RANGE.search(gap) and not _OWN_COUNT.search(gap)):
            continue  # routing16: "기초부터 다지고 싶어요 누적합 쉬운거" (who it is for, then the level asked): easy
        # routing19: "easy problems first, then medium ones", "쉬운 거부터 어려운 거 순서대로": an order over both is a spread
        if level != other and _ORDER_FROM.match(lowered, end) and _IN_ORDER.search(lowered, end, start + 40):
            return (word, word2), None, ""
        if (level != other and len(gap) <= 15 and (_JOINED.search(gap) or _OWN_COUNT.search(gap) or _RANGE.search(gap))
                and not re.search(r"[.!?\n]", gap)):
            neighbours = isinstance(level, Difficulty) and isinstance(other, Difficulty) and abs(
                _ORDER.index(level) - _ORDER.index(other)) == 1
            ranged = _RANGE.search(gap) or (
                (re.search(r"(?<![a-z])and(?![a-z])|와|과", gap) and _RANGE_BEFORE.search(lowered[:first])))
            if (neighbours and ranged or _CHOICE.search(gap)) and not _OWN_COUNT.search(gap) and not _EVENLY.search(lowered):
                rest = _mixed(lowered[:first] + " " * (last - first) + lowered[last:])
                if rest[0]:
                    return rest
                return (), min(level, other, key=_ORDER.index), lowered[first:last]
            return (word, word2), None, ""
    return (), None, ""


# English level and unit words typed wrong: "medum", "meduim", "hrad", "esay", "eazy", "intermediete", "advnaced",
# "begginer", "problms", "probelm". A word of 6+ letters one edit away with the same first letter (not its plural or
# singular, not "advance" of "thanks in advance"); easy and hard only with two neighbouring letters swapped or a
# letter doubled ("hrad", "hardd"), as one changed letter makes other words of four (card, hand, east).
_SPELT_LONG = ("medium", "intermediate", "advanced", "beginner", "beginners", "difficult", "tutorial", "problem",
               "problems", "question", "questions", "exercise", "exercises")
_SPELT_SHORT = ("easy", "hard")
_NOT_MISSPELT = {"advance", "advances", "mediums", "media", "exercised", "questioned", "tutorials", "difficulty",
                 "difficulties", "problematic"}


def _misspelt(word: str) -> str | None:
    from generator.problems.near_miss import _inflection, _osa_within_one

    if word in _NOT_MISSPELT or word in _SPELT_LONG or word in _SPELT_SHORT or word == "eazy":
        return "easy" if word == "eazy" else None
    for right in _SPELT_LONG:
        if (len(word) >= 5 and word[0] == right[0] and not _inflection(word, right)
                and _osa_within_one(word, right)):
            return right
    for right in _SPELT_SHORT:
        swapped = len(word) == len(right) and sorted(word) == sorted(right) and _osa_within_one(word, right)
        doubled = len(word) == len(right) + 1 and any(word[:i] + word[i + 1:] == right and word[i] == word[i - 1]
                                                      for i in range(1, len(word)))
        if swapped or doubled:
            return right
    return None


def _spelt(prompt: str) -> str:
    prompt = re.sub(r"(?<=\d)게(?![가-힣])", "개", prompt)  # routing17: "3게" is 3개 typed with ㅔ for ㅐ
    return re.sub(r"(?<![A-Za-z])[A-Za-z]{4,13}(?![A-Za-z])",
                  lambda m: _misspelt(m.group(0).lower()) or m.group(0), prompt)


# The levels offered to choose from, before the one chosen: "쉬움/보통/어려움 중 보통으로", "상/중/하 중에서 상" — the list
# names no level asked for (it would read as several levels at once)
_LEVEL_CHOICES = re.compile(r"(?<![가-힣])(?:(?:쉬움|보통|어려움|쉬운|어려운|상|중|하|초급|중급|고급)\s*[/,·]\s*)+"
                            r"(?:쉬움|보통|어려움|쉬운|어려운|상|중|하|초급|중급|고급)\s*(?:중에서|중에|중)\s+(?=[가-힣])")


def read_prompt(prompt: str) -> PromptReading:
    """The level and count the prompt asks for; those of the rest first where the prompt tells what the asker did
    or knows already ("I already did 10 stack problems, give me 2 more" asks for 2)."""
    prompt = _LEVEL_CHOICES.sub(" ", _spelt(prompt))
    rest, dropped = split_context(prompt)
    whole = _read(prompt)
    if not dropped or not rest.strip():
        return whole
    ask = _read(rest)
    if ask.beyond or whole.beyond:
        return ask if ask.beyond else whole
    use_level = ask.difficulty is not None
    use_count = ask.count is not None
    return PromptReading(ask.difficulty if use_level else whole.difficulty, ask.count if use_count else whole.count,
                         None, ask.difficulty_words if use_level else whole.difficulty_words,
                         ask.count_words if use_count else whole.count_words, ask.mixed if use_level else whole.mixed,
                         ask.upper if use_level else whole.upper)


def _read(prompt: str) -> PromptReading:
    difficulty, difficulty_words, rest = _difficulty(prompt)
    count, count_words = _count(rest)
    if count is None and difficulty != BEYOND_HARD:
        count, count_words = _bare_count(rest, difficulty_words if isinstance(difficulty, Difficulty) else "")
    if difficulty == BEYOND_HARD:
        return PromptReading(None, count, difficulty_words, "", count_words)
    mixed, lower, range_words = _mixed(prompt.lower())
    if mixed and _ANY_LEVEL.search(prompt.lower()):
        # "one easy and one hard would be ideal but any is fine": no level is asked for after all
        return PromptReading(None, count, None, "", count_words)
    upper = None
    if lower is not None and isinstance(difficulty, Difficulty):
        difficulty, difficulty_words = lower, range_words  # "쉬움~보통": the range's lower level
        levels = [level for level, *_ in _levels_asked(range_words) if isinstance(level, Difficulty)]
        upper = max(levels, key=_ORDER.index) if levels else None
    return PromptReading(difficulty, count, None, difficulty_words, count_words, mixed,
                         upper if upper is not None and upper != difficulty else None)
