"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, en = case["params"]["variant"], case["language"] == "en"
values = case["output"].split()
PAIRS = {")": "(", "]": "[", "}": "{"}


NATIVE = ("첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")


def nth(pos):
    """Korean ordinal: 첫 번째, 두 번째, ..., 열 번째, then 11번째 ("1번째" does not read)."""
    return f"{NATIVE[pos - 1]} 번째" if 1 <= pos <= len(NATIVE) else f"{pos}번째"


def first_fault(text):
    """Why a bracket string is not balanced, or None if it is: (en, ko) naming the first bracket that fails."""
    stack = []
    for pos, ch in enumerate(text, 1):
        if ch in PAIRS:
            if not stack:
                return (f"the `{ch}` at position {pos} has nothing to close",
                        f"{nth(pos)} 문자 `{ch}`와 짝을 이룰 여는 괄호가 그 앞에 없습니다")
            top, at = stack.pop()
            if top != PAIRS[ch]:
                return (f"the `{ch}` at position {pos} would close the `{top}` at position {at}",
                        f"{nth(pos)} 문자 `{ch}`가 {nth(at)} 문자 `{top}`를 닫게 됩니다")  # a bracket is read 괄호
        else:
            stack.append((ch, pos))
    if stack:
        top, at = stack[-1]
        return (f"the `{top}` at position {at} is never closed", f"{nth(at)} 문자 `{top}`가 닫히지 않습니다")
    return None


def depths(text):
    return " ".join(str(d) for d in __import__("itertools").accumulate(1 if ch == "(" else -1 for ch in text))


if variant == "paren_check":
    text = case["input"].split()[0]
    fault = first_fault(text)
    if fault is None:
        print(f"Counting ( as +1 and ) as -1 from the left gives {depths(text)}: never below 0 and 0 at the end, so "
              f"every bracket is matched and the answer is YES." if en else
              f"왼쪽부터 (를 +1, )를 -1로 세면 {depths(text)}입니다. 0 아래로 내려가지 않고 마지막이 0이므로 모든 괄호의 짝이 "
              f"맞아 YES입니다.")
    else:
        print(f"The answer is NO: {fault[0]}." if en else f"{fault[1]}. 따라서 NO입니다.")
elif variant == "multi_brackets":
    lines = case["input"].split()[1:]
    parts = []
    for text, verdict in zip(lines, values):  # every string: the first sample has 5, its crossed one among them
        fault = first_fault(text)
        if fault is None:
            parts.append(f"`{text}` is balanced (YES)." if en else f"`{text}`: 올바른 괄호 문자열입니다 (YES).")
        else:
            parts.append(f"`{text}`: {fault[0]} (NO)." if en else f"`{text}`: {fault[1]} (NO).")
    print(" ".join(parts))
elif variant == "next_greater":
    first = case["input"].split("\n")[1].split()[0]
    if values[0] == "-1":
        print(f"No value to the right of the first one ({first}) is larger, so its answer is -1." if en
              else f"첫 번째 수 {first}보다 큰 수가 오른쪽에 없으므로 첫 답은 -1입니다.")
    else:
        print(f"The first value larger than {first} to its right is {values[0]}." if en
              else f"첫 번째 수 {first}의 오른쪽에서 처음 나오는 더 큰 수는 {values[0]}입니다.")
elif variant == "histogram":
    h = list(map(int, case["input"].split()[1:]))
    best = max(((min(h[i:j + 1]) * (j - i + 1), -(j - i + 1), i, j) for i in range(len(h)) for j in range(i, len(h))))
    area, _, i, j = best
    low = min(h[i:j + 1])
    if en:
        print(f"Positions {i + 1} to {j + 1} are all at least {low} high, so a rectangle {j - i + 1} wide and {low} high fits: "
              f"{j - i + 1} × {low} = {area}. No larger one fits." if i < j else
              f"Position {i + 1} alone, {low} high, holds a rectangle of area 1 × {low} = {area}. No larger one fits.")
    else:
        bar = (case.get("texts") or {}).get("bar", "막대")  # the theme's word, as in the statement
        print(f"{nth(i + 1)} {bar}부터 {nth(j + 1)} {bar}까지는 높이가 모두 {low} 이상이므로 너비 {j - i + 1}, 높이 {low}인 "
              f"직사각형이 들어갑니다: {j - i + 1} × {low} = {area}. 이보다 넓은 것은 들어가지 않습니다." if i < j else
              f"{nth(i + 1)} {bar} 하나(높이 {low})에 넓이 1 × {low} = {area}인 직사각형이 들어가며, 이보다 넓은 것은 들어가지 "
              "않습니다.")
