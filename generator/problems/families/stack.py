"""Data structure: stack.

Variants by difficulty: tutorial (is one string of round brackets balanced), easy (many strings over three
kinds of brackets), medium (next greater element for every position: monotonic stack), hard (largest
rectangle in a histogram: monotonic stack with widths).
"""
from __future__ import annotations

import random

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme, josa
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "paren_check",
    Difficulty.easy: "multi_brackets",
    Difficulty.medium: "next_greater",
    Difficulty.hard: "histogram",
}
PAREN_MAXLEN = 100_000
MULTI_MAXT, MULTI_MAXTOTAL = 1_000, 200_000
NGE_MAXN, NGE_MAXA = 200_000, 1_000_000
HIST_MAXN, HIST_MAXH = 100_000, 1_000_000_000

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "city": {
        "en": {"title_brackets": "Zoning Codes", "title_nge": "The Next Taller Building",
               "title_hist": "Skyline Billboard", "who": "The city planner", "doc": "zoning code",
               "docs": "zoning codes", "item": "building", "items": "buildings", "value": "height",
               "bar": "building", "shape": "billboard"},
        "ko": {"title_brackets": "구역 코드 검사", "title_nge": "더 높은 건물", "title_hist": "스카이라인 광고판",
               "who": "도시 계획가", "doc": "구역 코드", "item": "건물", "value": "높이", "bar": "건물",
               "shape": "광고판"},
    },
    "weather": {
        "en": {"title_brackets": "Observation Logs", "title_nge": "A Warmer Day", "title_hist": "Rainfall Chart",
               "who": "The meteorologist", "doc": "observation log", "docs": "observation logs", "item": "day",
               "items": "days", "value": "temperature", "bar": "bar", "shape": "highlighted box"},
        "ko": {"title_brackets": "관측 기록 검사", "title_nge": "더 따뜻한 날", "title_hist": "강수량 그래프",
               "who": "기상학자", "doc": "관측 기록", "item": "날짜", "value": "기온", "bar": "막대",
               "shape": "강조 상자"},
    },
    "market": {
        "en": {"title_brackets": "Formula Check", "title_nge": "Next Higher Price", "title_hist": "Sales Chart",
               "who": "The analyst", "doc": "spreadsheet formula", "docs": "spreadsheet formulas",
               "item": "trading day", "items": "trading days", "value": "closing price", "bar": "bar",
               "shape": "label"},
        "ko": {"title_brackets": "수식 검사", "title_nge": "다음 고점", "title_hist": "판매량 그래프",
               "who": "분석가", "doc": "스프레드시트 수식", "item": "거래일", "value": "종가", "bar": "막대",
               "shape": "라벨"},
    },
    "fence": {
        "en": {"title_brackets": "Blueprint Markup", "title_nge": "Taller Plank", "title_hist": "Fence Poster",
               "who": "The carpenter", "doc": "blueprint note", "docs": "blueprint notes", "item": "plank",
               "items": "planks", "value": "height", "bar": "plank", "shape": "poster"},
        "ko": {"title_brackets": "설계 표기 검사", "title_nge": "더 높은 판자", "title_hist": "울타리 포스터",
               "who": "목수", "doc": "설계 메모", "item": "판자", "value": "높이", "bar": "판자", "shape": "포스터"},
    },
}

# ------------------------------------------------------------------------------------------ validator
VALIDATOR = r'''
import re
import sys
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
V = P["variant"]
NUM = re.compile(r"0|-?[1-9][0-9]*")
NUMS = re.compile(r"(?:0|-?[1-9][0-9]*)(?: (?:0|-?[1-9][0-9]*))*")
if V == "paren_check":
    assert len(lines) == 1, "exactly one line expected"
    s = lines[0]
    assert 1 <= len(s) <= P["maxlen"], "length out of range"
    assert re.fullmatch(r"[()]+", s), "only '(' and ')' allowed"
elif V == "multi_brackets":
    assert NUM.fullmatch(lines[0]), "T expected"
    t = int(lines[0])
    assert 1 <= t <= P["maxt"], "T out of range"
    assert len(lines) == t + 1, "expected exactly T strings"
    total = 0
    for s in lines[1:]:
        assert re.fullmatch(r"[()\[\]{}]+", s), "bad string"
        total += len(s)
    assert total <= P["maxtotal"], "total length out of range"
else:
    assert len(lines) == 2, "two lines expected"
    assert NUM.fullmatch(lines[0]), "N expected"
    n = int(lines[0])
    assert 1 <= n <= P["maxn"], "N out of range"
    assert NUMS.fullmatch(lines[1]), "integers separated by single spaces expected"
    values = [int(x) for x in lines[1].split(" ")]
    assert len(values) == n, "expected N numbers"
    assert all(P["lowv"] <= x <= P["maxv"] for x in values), "value out of range"
'''

# ------------------------------------------------------------------------------------------ paren check
PAREN_REFERENCE = r'''
import sys
s = sys.stdin.readline().strip()
depth = 0
ok = True
for ch in s:
    if ch == "(":
        depth += 1
    else:
        depth -= 1
        if depth < 0:
            ok = False
            break
print("YES" if ok and depth == 0 else "NO")
'''

# Obviously correct: delete "()" pairs until none is left.
PAREN_BRUTE = r'''
import sys
s = sys.stdin.readline().strip()
while "()" in s:
    s = s.replace("()", "")
print("YES" if s == "" else "NO")
'''

# Wrong: only compares the numbers of opening and closing brackets.
PAREN_WRONG_COUNTS = r'''
import sys
s = sys.stdin.readline().strip()
print("YES" if s.count("(") == s.count(")") else "NO")
'''

# Wrong: a closing bracket with nothing to match is silently ignored.
PAREN_WRONG_IGNORE_EXTRA = r'''
import sys
s = sys.stdin.readline().strip()
stack = []
for ch in s:
    if ch == "(":
        stack.append(ch)
    elif stack:
        stack.pop()
print("YES" if not stack else "NO")
'''

# Too slow: recomputes the balance of every prefix from scratch.
PAREN_SLOW = r'''
import sys
s = sys.stdin.readline().strip()
ok = True
for i in range(len(s)):
    balance = 0
    for j in range(i + 1):
        balance += 1 if s[j] == "(" else -1
    if balance < 0:
        ok = False
        break
    if i == len(s) - 1 and balance != 0:
        ok = False
print("YES" if ok else "NO")
'''

# ------------------------------------------------------------------------------------------ multi brackets
READ_MULTI = r'''
import sys
def read():
    data = sys.stdin.read().split()
    return data[1:1 + int(data[0])]
'''

MULTI_REFERENCE = READ_MULTI + r'''
PAIR = {")": "(", "]": "[", "}": "{"}
out = []
for s in read():
    stack = []
    ok = True
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif stack and stack[-1] == PAIR[ch]:
            stack.pop()
        else:
            ok = False
            break
    out.append("YES" if ok and not stack else "NO")
sys.stdout.write("\n".join(out) + "\n")
'''

MULTI_BRUTE = READ_MULTI + r'''
for s in read():
    while "()" in s or "[]" in s or "{}" in s:
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    print("YES" if s == "" else "NO")
'''

# Wrong: checks each kind of bracket on its own, so "([)]" passes.
MULTI_WRONG_PER_KIND = READ_MULTI + r'''
out = []
for s in read():
    ok = True
    for open_, close in ("()", "[]", "{}"):
        depth = 0
        for ch in s:
            if ch == open_:
                depth += 1
            elif ch == close:
                depth -= 1
                if depth < 0:
                    ok = False
        if depth != 0:
            ok = False
    out.append("YES" if ok else "NO")
print("\n".join(out))
'''

# Wrong: forgets that brackets left open at the end make the string unbalanced.
MULTI_WRONG_LEFTOVER = READ_MULTI + r'''
PAIR = {")": "(", "]": "[", "}": "{"}
out = []
for s in read():
    stack = []
    ok = True
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif stack and stack[-1] == PAIR[ch]:
            stack.pop()
        else:
            ok = False
            break
    out.append("YES" if ok else "NO")
print("\n".join(out))
'''

# Too slow: removes one adjacent matching pair at a time, rescanning from the start.
MULTI_SLOW = READ_MULTI + r'''
out = []
for s in read():
    chars = list(s)
    found = True
    while found:
        found = False
        for i in range(len(chars) - 1):
            if chars[i] + chars[i + 1] in ("()", "[]", "{}"):
                del chars[i:i + 2]
                found = True
                break
    out.append("YES" if not chars else "NO")
print("\n".join(out))
'''

# ------------------------------------------------------------------------------------------ next greater
READ_SEQ = r'''
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    return [int(x) for x in data[1:1 + n]]
'''

NGE_REFERENCE = READ_SEQ + r'''
a = read()
ans = [-1] * len(a)
stack = []  # indices whose next greater element is not known yet; their values never increase
for i, x in enumerate(a):
    while stack and a[stack[-1]] < x:
        ans[stack.pop()] = x
    stack.append(i)
sys.stdout.write(" ".join(map(str, ans)) + "\n")
'''

NGE_BRUTE = READ_SEQ + r'''
a = read()
out = []
for i in range(len(a)):
    bigger = [y for y in a[i + 1:] if y > a[i]]
    out.append(bigger[0] if bigger else -1)
print(*out)
'''

# Wrong: pops on >= as well, so an equal value counts as greater.
NGE_WRONG_EQUAL = READ_SEQ + r'''
a = read()
ans = [-1] * len(a)
stack = []
for i, x in enumerate(a):
    while stack and a[stack[-1]] <= x:
        ans[stack.pop()] = x
    stack.append(i)
print(*ans)
'''

# Wrong: reports the largest value to the right instead of the first larger one.
NGE_WRONG_SUFFIX_MAX = READ_SEQ + r'''
a = read()
ans = [-1] * len(a)
best = -1
for i in range(len(a) - 1, -1, -1):
    ans[i] = best if best > a[i] else -1
    best = max(best, a[i])
print(*ans)
'''

# Too slow: scans to the right from every position.
NGE_SLOW = READ_SEQ + r'''
a = read()
n = len(a)
ans = []
for i in range(n):
    found = -1
    for j in range(i + 1, n):
        if a[j] > a[i]:
            found = a[j]
            break
    ans.append(found)
print(*ans)
'''

# ------------------------------------------------------------------------------------------ histogram
HIST_REFERENCE = READ_SEQ + r'''
h = read() + [0]
stack = [-1]  # indices of bars with increasing heights; -1 is a sentinel
best = 0
for i, x in enumerate(h):
    while stack[-1] >= 0 and h[stack[-1]] >= x:
        top = stack.pop()
        width = i - stack[-1] - 1
        best = max(best, h[top] * width)
    stack.append(i)
print(best)
'''

# Obviously correct: every range [l, r] with its minimum height.
HIST_BRUTE = READ_SEQ + r'''
h = read()
best = 0
for l in range(len(h)):
    low = h[l]
    for r in range(l, len(h)):
        low = min(low, h[r])
        best = max(best, low * (r - l + 1))
print(best)
'''

# Wrong: forgets to empty the stack after the last bar.
HIST_WRONG_NO_FLUSH = READ_SEQ + r'''
h = read()
stack = []
best = 0
for i, x in enumerate(h):
    while stack and h[stack[-1]] >= x:
        top = stack.pop()
        width = i - stack[-1] - 1 if stack else i
        best = max(best, h[top] * width)
    stack.append(i)
print(best)
'''

# Wrong: measures the width from the popped bar itself instead of from the bar below it on the stack.
HIST_WRONG_WIDTH = READ_SEQ + r'''
h = read() + [0]
stack = []
best = 0
for i, x in enumerate(h):
    while stack and h[stack[-1]] >= x:
        top = stack.pop()
        best = max(best, h[top] * (i - top))
    stack.append(i)
print(best)
'''

# Too slow: spreads left and right from every bar.
HIST_SLOW = READ_SEQ + r'''
h = read()
n = len(h)
best = 0
for i in range(n):
    l = i
    while l > 0 and h[l - 1] >= h[i]:
        l -= 1
    r = i
    while r < n - 1 and h[r + 1] >= h[i]:
        r += 1
    best = max(best, h[i] * (r - l + 1))
print(best)
'''


class Stack(Family):
    name = "stack"
    category = "data structure: stack"
    tags = ("data structures", "stack")
    keywords = (
        "stack", "stacks", "monotonic stack", "bracket", "brackets", "parentheses", "balanced parentheses",
        "next greater element", "next greater", "histogram", "largest rectangle", "largest rectangle in histogram",
        "스택", "괄호", "올바른 괄호", "괄호 검사", "오큰수", "다음 큰 수", "히스토그램", "모노토닉 스택", "단조 스택",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        parts = {
            "paren_check": _paren,
            "multi_brackets": _multi,
            "next_greater": _nge,
            "histogram": _hist,
        }[variant](rng)
        legend, input_format, output_format, notes, title = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=title,
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=notes,
            constraints=parts["constraints"],
            reference=parts["reference"],
            brute=parts["brute"],
            validator=f"P = {parts['params']!r}\n" + VALIDATOR,
            tests=parts["tests"],
            stress=parts["stress"],
            near_invalid=parts["near_invalid"],
            wrong_solutions=parts["wrong"],
            explain=lambda inp, out: _explain(variant, inp, out, language),
            signature_key=f"{theme}:{variant}",
        )


# ------------------------------------------------------------------------------------------ generators
def _tests(samples: list[str], small: list[str], edge: list[tuple[str, bool]], randoms: list[str],
           anti: list[str], maxes: list[str]) -> list[TestInput]:
    return (
        [TestInput(s, "sample", small=True) for s in samples]
        + [TestInput(s, "small", small=True) for s in small]
        + [TestInput(s, "edge", small=is_small) for s, is_small in edge]
        + [TestInput(s, "random") for s in randoms]
        + [TestInput(s, "anti") for s in anti]
        + [TestInput(s, "max") for s in maxes]
    )


def _balanced(rng: random.Random, pairs: int, kinds: str, max_depth: int | None = None) -> str:
    """A random balanced string with `pairs` pairs over the bracket kinds in `kinds` (e.g. "()[]")."""
    out: list[str] = []
    stack: list[str] = []
    opens_left = pairs
    while opens_left or stack:
        can_open = opens_left > 0 and (max_depth is None or len(stack) < max_depth)
        if can_open and (not stack or rng.random() < 0.5):
            k = rng.randrange(len(kinds) // 2)
            out.append(kinds[2 * k])
            stack.append(kinds[2 * k + 1])
            opens_left -= 1
        else:
            out.append(stack.pop())
    return "".join(out)


def _spoil(rng: random.Random, s: str, kinds: str) -> str:
    """Break a balanced string a little: change, swap, drop or add one bracket."""
    chars = list(s)
    how = rng.randrange(4)
    i = rng.randrange(len(chars))
    if how == 0:
        chars[i] = rng.choice(kinds)
    elif how == 1 and len(chars) > 1:
        j = min(len(chars) - 1, i + 1)
        chars[i], chars[j] = chars[j], chars[i]
    elif how == 2 and len(chars) > 1:
        del chars[i]
    else:
        chars.insert(i, rng.choice(kinds))
    return "".join(chars)


def _nested(pairs: int, kinds: str) -> str:
    opens = "".join(kinds[2 * (i % (len(kinds) // 2))] for i in range(pairs))
    closes = "".join(kinds[2 * (i % (len(kinds) // 2)) + 1] for i in range(pairs))
    return opens + closes[::-1]


def _all_balanced(pairs: int) -> list[str]:
    """Every balanced string of round brackets with `pairs` pairs."""
    if pairs == 0:
        return [""]
    return [f"({a}){b}" for k in range(pairs) for a in _all_balanced(k) for b in _all_balanced(pairs - 1 - k)]


# First samples for paren_check: every balanced string of 3 to 7 pairs with both nesting and neighbours.
NESTED_SAMPLES = tuple(s for p in range(3, 8) for s in _all_balanced(p) if "((" in s and ")(" in s)
SHORT_BALANCED = tuple(s for p in (1, 2) for s in _all_balanced(p))


def _paren(rng: random.Random) -> dict:
    maxlen = PAREN_MAXLEN

    def case(pairs: int) -> str:
        s = _balanced(rng, pairs, "()")
        return s if rng.random() < 0.5 else _spoil(rng, s, "()")

    # Like "(()())": balanced, with a pair inside another and two pairs side by side. Like "())(()": as many '('
    # as ')', but one ')' comes before its '('.
    nested = rng.choice(NESTED_SAMPLES)
    crossed = rng.choice(SHORT_BALANCED) + ")(" + rng.choice(SHORT_BALANCED)
    samples = [nested + "\n", crossed + "\n", case(rng.randint(3, 6)) + "\n"]
    small = [case(rng.randint(1, 10)) + "\n" for _ in range(10)]
    edge = [
        ("(\n", True),
        (")\n", True),
        (")(\n", True),
        ("()" * 20 + "\n", True),
        (")" * maxlen + "\n", False),
    ]
    randoms = [case(rng.randint(100, 700)) + "\n" for _ in range(3)]
    anti = [
        "())" + "(" * 10 + ")" * 10 + "\n",  # an unmatched ')' early, counts still equal elsewhere
        ")" + "(" * 500 + ")" * 499 + "\n",
        "(()" * 100 + "))" * 50 + ")(" + "\n",
    ]
    # Valid or nearly valid strings keep every prefix non-negative: the prefix rescans run to the end.
    maxes = [_balanced(rng, maxlen // 2, "()") + "\n", _nested(maxlen // 2, "()") + "\n", "(" * maxlen + "\n"]
    stress = [case(rng.randint(1, 8)) + "\n" for _ in range(120)]
    return {
        "params": {"variant": "paren_check", "maxlen": maxlen},
        "constraints": [Constraint(symbol="|S|", low=1, high=maxlen, meaning={"en": "length", "ko": "문자열의 길이"})],
        "reference": PAREN_REFERENCE,
        "brute": PAREN_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": [
            "(" * (maxlen + 1) + "\n",
            "\n",
            "(()]\n",
            "(( ))\n",
            "(())\n()\n",
            "(())",
        ],
        "wrong": [
            WrongSolution("counts_only", PAREN_WRONG_COUNTS),
            WrongSolution("ignores_unmatched_close", PAREN_WRONG_IGNORE_EXTRA),
            WrongSolution("prefix_balance_from_scratch", PAREN_SLOW, "slow"),
        ],
    }


def _multi(rng: random.Random) -> dict:
    maxt, maxtotal = MULTI_MAXT, MULTI_MAXTOTAL
    kinds = "()[]{}"

    def string(pairs: int) -> str:
        s = _balanced(rng, pairs, kinds)
        r = rng.random()
        if r < 0.4:
            return s
        if r < 0.55 and len(s) >= 4:
            # Crossed pairs: every kind is balanced on its own, the string is not.
            i = rng.randrange(len(s) - 1)
            return s[:i] + "([)]" + s[i:]
        if r < 0.7:
            return s + rng.choice("([{")  # left open at the end
        return _spoil(rng, s, kinds)

    def text(strings: list[str]) -> str:
        return f"{len(strings)}\n" + "".join(x + "\n" for x in strings)

    def random_case(t_cap: int, pairs_cap: int) -> str:
        return text([string(rng.randint(1, pairs_cap)) for _ in range(rng.randint(1, t_cap))])

    # Balanced, crossed, left open, deeply nested, closed before opened: in a random order, with the three
    # bracket kinds swapped around at random.
    first = ["([]){}", "([)]", "((", "{[()()]}", "}{"]
    rng.shuffle(first)
    order = ["()", "[]", "{}"]
    rng.shuffle(order)
    swap = str.maketrans("()[]{}", "".join(order))
    first = [x.translate(swap) for x in first]
    samples = [text(first), random_case(4, 4)]
    small = [random_case(6, 6) for _ in range(10)]
    edge = [
        ("1\n(\n", True),
        ("1\n]\n", True),
        (text(["()", "[]", "{}", "([{}])", "{[(])}"]), True),
        (text(["(" * 10 + ")" * 10, "[" * 10 + "]" * 9 + ")"]), True),
        (text(["(" + ")" * 1] * maxt), False),
    ]
    randoms = [random_case(50, 100) for _ in range(3)]
    anti = [text(["{[" * 30 + "(" + "]}" * 30 + ")", "[(" * 50 + ")]" * 50 + "[", "([)]" * 100])]
    per = maxtotal // maxt
    maxes = [
        text([_nested(maxtotal // 2, kinds)]),
        text([string(per // 2 - 3) for _ in range(maxt)]),
        text([_balanced(rng, maxtotal // 2, kinds, max_depth=rng.randint(1000, 50_000))]),
    ]
    stress = [random_case(4, 5) for _ in range(120)]
    return {
        "params": {"variant": "multi_brackets", "maxt": maxt, "maxtotal": maxtotal},
        "constraints": [
            Constraint(symbol="T", low=1, high=maxt, meaning={"en": "strings", "ko": "문자열의 수"}),
            Constraint(symbol="Σ|S|", low=1, high=maxtotal, meaning={"en": "total length", "ko": "길이의 합"}),
        ],
        "reference": MULTI_REFERENCE,
        "brute": MULTI_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": [
            text(["()"] * (maxt + 1)),
            text(["(" * (maxtotal // 2) + ")" * (maxtotal // 2 + 1)]),
            "0\n",
            text(["<" + first[0][1:]] + first[1:]),  # a character that is not a bracket
            text(first[:2] + [""] + first[3:]),  # an empty string
            f"{len(first) + 1}\n" + "".join(x + "\n" for x in first),  # one string missing
            text([first[0][:1] + " " + first[0][1:]] + first[1:]),
            samples[0].rstrip("\n"),
        ],
        "wrong": [
            WrongSolution("each_kind_counted_alone", MULTI_WRONG_PER_KIND),
            WrongSolution("open_brackets_left_at_end", MULTI_WRONG_LEFTOVER),
            WrongSolution("remove_one_pair_and_rescan", MULTI_SLOW, "slow"),
        ],
    }


def _seq_text(values: list[int]) -> str:
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def _seq_near_invalid(sample: str, maxn: int, low: int, high: int) -> list[str]:
    head, body = sample.split("\n")[:2]
    values = body.split(" ")
    return [
        _seq_text([max(low, 1)] * (maxn + 1)),
        "0\n\n",
        f"{head}\n" + " ".join([str(high + 1)] + values[1:]) + "\n",
        f"{head}\n" + " ".join([str(low - 1)] + values[1:]) + "\n",
        f"{head}\n" + " ".join(values[:-1]) + "\n",
        f"{head}\n" + " ".join(values) + " \n",
        f"{head}\n" + "  ".join(values) + "\n",
        f"{head}\n" + "\n".join(values) + "\n",
        sample.rstrip("\n"),
    ]


def _nge(rng: random.Random) -> dict:
    maxn, maxa = NGE_MAXN, NGE_MAXA

    def random_case(n: int, cap: int) -> str:
        return _seq_text([rng.randint(1, cap) for _ in range(n)])

    # The answers 5, 7, 7, -1 of "3 5 2 7", with the values replaced by random ones in the same order.
    low = sorted(rng.sample(range(1, 21), 4))
    first = [low[1], low[2], low[0], low[3]]
    samples = [_seq_text(first), _seq_text([9, 5, 4, 8, 4, 8]), random_case(rng.randint(5, 8), 10)]
    small = [random_case(rng.randint(1, 10), rng.choice([2, 5, maxa])) for _ in range(10)]
    edge = [
        ("1\n1\n", True),
        (f"2\n{maxa} {maxa}\n", True),
        (_seq_text([5, 5, 5, 6, 6, 1]), True),
        (_seq_text(list(range(10, 0, -1))), True),
        (_seq_text(list(range(1, 11))), True),
    ]
    randoms = [random_case(rng.randint(1000, 5000), rng.choice([10, maxa])) for _ in range(3)]
    anti = [_seq_text([rng.randint(1, 3) for _ in range(5000)])]  # many equal neighbours
    decreasing = sorted((rng.randint(1, maxa) for _ in range(maxn)), reverse=True)
    maxes = [_seq_text(decreasing), random_case(maxn, maxa)]
    stress = [random_case(rng.randint(1, 8), rng.choice([2, 5, maxa])) for _ in range(120)]
    return {
        "params": {"variant": "next_greater", "maxn": maxn, "lowv": 1, "maxv": maxa},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "length of the sequence", "ko": "수열의 길이"}),
            Constraint(symbol="A_i", low=1, high=maxa, meaning={"en": "each value", "ko": "각 원소"}),
        ],
        "reference": NGE_REFERENCE,
        "brute": NGE_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _seq_near_invalid(samples[0], maxn, 1, maxa),
        "wrong": [
            WrongSolution("equal_counts_as_greater", NGE_WRONG_EQUAL),
            WrongSolution("largest_to_the_right", NGE_WRONG_SUFFIX_MAX),
            WrongSolution("scan_right_from_each", NGE_SLOW, "slow"),
        ],
    }


# Hand-made first samples for the histogram variant: the largest rectangle spans several bars, and it is neither
# the tallest bar alone nor the full width at the lowest height, and no other rectangle ties with it (areas 8,
# 12, 9, 10 and 12).
HIST_SAMPLES: tuple[tuple[int, ...], ...] = (
    (2, 1, 4, 5, 1, 3, 3),
    (3, 1, 6, 4, 5, 1, 2),
    (2, 4, 1, 3, 5, 4, 1, 2),
    (1, 4, 3, 1, 6, 5, 2, 2),
    (2, 5, 1, 4, 4, 6, 2, 1),
)


def _hist(rng: random.Random) -> dict:
    maxn, maxh = HIST_MAXN, HIST_MAXH

    def random_case(n: int, cap: int) -> str:
        return _seq_text([rng.randint(0, cap) for _ in range(n)])

    # One of HIST_SAMPLES, maybe mirrored, all heights times k: the area scales by k.
    k = rng.randint(1, 20)
    first = [k * h for h in rng.choice(HIST_SAMPLES)]
    if rng.random() < 0.5:
        first.reverse()
    samples = [_seq_text(first), _seq_text([2, 1, 2]), random_case(rng.randint(5, 8), 10)]
    small = [random_case(rng.randint(1, 10), rng.choice([1, 5, maxh])) for _ in range(10)]
    edge = [
        ("1\n0\n", True),
        (f"1\n{maxh}\n", True),
        (_seq_text([1, 2, 3, 4, 5, 6]), True),  # increasing: everything is left on the stack at the end
        (_seq_text([3, 3, 3, 3]), True),
    ]
    randoms = [random_case(rng.randint(1000, 5000), rng.choice([10, maxh])) for _ in range(3)]
    anti = [
        _seq_text([rng.randint(1, 5) for _ in range(3000)]),
        _seq_text([rng.randint(1, maxh)] * 20_000),  # all equal: spreading from every bar is quadratic
    ]
    valley = [maxh - abs(i - maxn // 2) for i in range(maxn)]
    maxes = [_seq_text(valley), random_case(maxn, maxh), _seq_text([maxh] * maxn)]  # 10^14 needs 64 bits
    stress = [random_case(rng.randint(1, 8), rng.choice([1, 5, maxh])) for _ in range(120)]
    return {
        "params": {"variant": "histogram", "maxn": maxn, "lowv": 0, "maxv": maxh},
        "constraints": [
            Constraint(symbol="N", low=1, high=maxn, meaning={"en": "bars", "ko": "막대의 수"}),
            Constraint(symbol="h_i", low=0, high=maxh, meaning={"en": "height of each bar", "ko": "각 막대의 높이"}),
        ],
        "reference": HIST_REFERENCE,
        "brute": HIST_BRUTE,
        "tests": _tests(samples, small, edge, randoms, anti, maxes),
        "stress": stress,
        "near_invalid": _seq_near_invalid(samples[0], maxn, 0, maxh),
        "wrong": [
            WrongSolution("stack_not_emptied_at_end", HIST_WRONG_NO_FLUSH),
            WrongSolution("width_from_popped_bar", HIST_WRONG_WIDTH),
            WrongSolution("spread_from_every_bar", HIST_SLOW, "slow"),
        ],
    }


# ------------------------------------------------------------------------------------------ texts
def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    en = language == "en"
    values = out.split()
    if variant == "paren_check":
        if values[0] == "YES":
            return "Every bracket can be matched, so the answer is YES." if en else "모든 괄호의 짝이 맞으므로 YES입니다."
        return ("Some bracket cannot be matched, so the answer is NO." if en
                else "짝이 맞지 않는 괄호가 있으므로 NO입니다.")
    if variant == "multi_brackets":
        yes = values.count("YES")
        return (f"The first string gets {values[0]}; {yes} of the {len(values)} strings are balanced." if en
                else f"첫 번째 문자열의 답은 {values[0]}이고, 문자열 {len(values)}개 중 {yes}개가 올바른 괄호 문자열입니다.")
    if variant == "next_greater":
        first = inp.split("\n")[1].split()[0]
        if values[0] == "-1":
            return (f"No value to the right of the first one ({first}) is larger, so its answer is -1." if en
                    else f"첫 번째 수 {first}보다 큰 수가 오른쪽에 없으므로 첫 답은 -1입니다.")
        return (f"The first value larger than {first} to its right is {values[0]}." if en
                else f"첫 번째 수 {first}의 오른쪽에서 처음 나오는 더 큰 수는 {values[0]}입니다.")
    return (f"The largest rectangle has area {values[0]}." if en else f"가장 큰 직사각형의 넓이는 {values[0]}입니다.")


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str, str]:
    ko = language == "ko"
    if variant == "paren_check":
        if ko:
            legend = (f"{josa(t['who'], '은/는')} {t['doc']}에 쓰인 괄호가 올바른지 확인하려고 합니다. 괄호 문자열 S는 "
                      "'('와 ')'로만 이루어져 있습니다. '()'는 올바른 괄호 문자열이고, A와 B가 올바른 괄호 문자열이면 "
                      "'(A)'와 AB도 올바른 괄호 문자열입니다. S가 올바른 괄호 문자열인지 판단하세요.")
            fmt_in = "첫째 줄에 괄호 문자열 S가 주어집니다."
            fmt_out = "S가 올바른 괄호 문자열이면 YES, 아니면 NO를 출력합니다."
            notes = "여는 괄호와 닫는 괄호의 개수가 같아도 올바르지 않을 수 있습니다."
        else:
            legend = (f"{t['who']} wants to check the brackets in a {t['doc']}. The string S consists of '(' and ')' "
                      "only. '()' is balanced, and if A and B are balanced then so are '(A)' and AB. Decide whether S "
                      "is balanced.")
            fmt_in = "The only line contains the string S."
            fmt_out = "Print YES if S is balanced and NO otherwise."
            notes = "Equal numbers of '(' and ')' do not make a string balanced on their own."
        return legend, fmt_in, fmt_out, notes, t["title_brackets"]
    if variant == "multi_brackets":
        if ko:
            legend = (f"{josa(t['who'], '은/는')} {t['doc']} T개에 쓰인 괄호를 확인하려고 합니다. 각 문자열은 "
                      "'(', ')', '[', ']', '{', '}'로만 이루어져 있습니다. 빈 문자열은 올바르고, A와 B가 올바르면 "
                      "'(A)', '[A]', '{A}', AB도 올바릅니다. 각 문자열이 올바른지 판단하세요.")
            fmt_in = "첫째 줄에 T가 주어집니다. 다음 T개의 줄에 괄호 문자열이 하나씩 주어집니다 (길이는 1 이상)."
            fmt_out = "각 문자열마다 올바르면 YES, 아니면 NO를 한 줄에 하나씩 출력합니다."
            notes = "'([)]'처럼 종류별 개수가 맞아도 올바르지 않을 수 있습니다."
        else:
            legend = (f"{t['who']} wants to check the brackets in T {t['docs']}. Each string consists of the "
                      "characters ( ) [ ] { } only. The empty string is balanced, and if A and B are balanced then so "
                      "are (A), [A], {A} and AB. Decide for each string whether it is balanced.")
            fmt_in = "The first line contains T. Each of the next T lines holds one non-empty bracket string."
            fmt_out = "For each string print YES or NO on its own line."
            notes = "A string like ([)] is not balanced even though every kind of bracket appears in pairs."
        return legend, fmt_in, fmt_out, notes, t["title_brackets"]
    if variant == "next_greater":
        if ko:
            legend = (f"{t['item']} N개가 차례대로 있고, i번째 {t['item']}의 {josa(t['value'], '은/는')} A_i입니다. 각 "
                      f"{t['item']}마다 그보다 오른쪽에 있으면서 {josa(t['value'], '이/가')} 더 큰 {t['item']} 중 가장 "
                      f"왼쪽에 있는 것의 {josa(t['value'], '을/를')} 구하세요. 그런 {josa(t['item'], '이/가')} 없으면 "
                      "-1입니다.")
            fmt_in = "첫째 줄에 N이 주어집니다. 둘째 줄에 A_1, A_2, ..., A_N이 공백으로 구분되어 주어집니다."
            fmt_out = "N개의 답을 공백으로 구분하여 한 줄에 출력합니다."
            notes = "같은 값은 더 큰 값이 아닙니다."
        else:
            legend = (f"There are N {t['items']} in a row; the {t['value']} of the i-th is A_i. For each {t['item']}, find "
                      f"the {t['value']} of the nearest {t['item']} to its right with a strictly larger {t['value']}, "
                      "or -1 if there is none.")
            fmt_in = "The first line contains N. The second line contains A_1, A_2, ..., A_N separated by spaces."
            fmt_out = "Print the N answers on one line, separated by spaces."
            notes = "An equal value is not larger."
        return legend, fmt_in, fmt_out, notes, t["title_nge"]
    if ko:
        legend = (f"너비가 1인 {t['bar']} N개가 빈틈없이 나란히 서 있고, i번째 {t['bar']}의 높이는 h_i입니다. "
                  f"{t['bar']}들이 이루는 영역 안에 변이 축에 평행한 직사각형 모양의 {josa(t['shape'], '을/를')} "
                  f"붙이려고 합니다. 붙일 수 있는 {t['shape']}의 넓이의 최댓값을 구하세요.")
        fmt_in = "첫째 줄에 N이 주어집니다. 둘째 줄에 h_1, h_2, ..., h_N이 공백으로 구분되어 주어집니다."
        fmt_out = "첫째 줄에 가장 큰 넓이를 출력합니다."
        notes = f"답이 32비트 정수 범위를 넘을 수 있습니다. 높이가 0인 {josa(t['bar'], '이/가')} 있을 수도 있습니다."
    else:
        legend = (f"N {t['bar']}s of width 1 stand side by side with no gaps; the i-th has height h_i. A rectangular "
                  f"{t['shape']} with sides parallel to the axes must fit inside the area they cover. Find the "
                  f"largest possible area of the {t['shape']}.")
        fmt_in = "The first line contains N. The second line contains h_1, h_2, ..., h_N separated by spaces."
        fmt_out = "Print the largest area."
        notes = "The answer may not fit in 32 bits. Heights may be 0."
    return legend, fmt_in, fmt_out, notes, t["title_hist"]
