"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, en = case["params"]["variant"], case["language"] == "en"
values = case["output"].split()
PAIRS = {")": "(", "]": "[", "}": "{"}


def first_fault(text):
    """Why a bracket string is not balanced, or None if it is: (en, ko) naming the first bracket that fails."""
    stack = []
    for pos, ch in enumerate(text, 1):
        if ch in PAIRS:
            if not stack:
                return (f"the `{ch}` at position {pos} has nothing to close",
                        f"{pos}번째 문자 `{ch}`와 짝을 이룰 여는 괄호가 그 앞에 없습니다")
            top, at = stack.pop()
            if top != PAIRS[ch]:
                return (f"the `{ch}` at position {pos} would close the `{top}` at position {at}",
                        f"{pos}번째 문자 `{ch}`가 {at}번째 문자 `{top}`를 닫게 됩니다")  # a bracket is read 괄호
        else:
            stack.append((ch, pos))
    if stack:
        top, at = stack[-1]
        return (f"the `{top}` at position {at} is never closed", f"{at}번째 문자 `{top}`가 닫히지 않습니다")
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
    texts = case.get("texts") or {}
    item = texts.get("item", "item" if en else "항목")
    value = texts.get("value", "value" if en else "값")
    heights = case["input"].split("\n")[1].split()
    pairs = ", ".join(f"{a} → {b}" if b != "-1" else (f"{a} → none (-1)" if en else f"{a} → 없음(-1)")
                      for a, b in zip(heights[:8], values[:8])) + (", …" if len(heights) > 8 else "")
    if en:
        print(f"Each {item}'s {value} → the {value} of the first {item} {texts.get('right', 'to its right')} with a "
              f"larger {value}: {pairs}.")
    else:
        print(f"각 {item}의 {value} → 그 {texts.get('side', '오른쪽')}에서 처음 나오는, {value}이(가) 더 높은 {item}의 "
              f"{value}: {pairs}.")
elif variant == "histogram":
    h = list(map(int, case["input"].split()[1:]))
    best = max(((min(h[i:j + 1]) * (j - i + 1), -(j - i + 1), i, j) for i in range(len(h)) for j in range(i, len(h))))
    area, _, i, j = best
    low = min(h[i:j + 1])
    texts = case.get("texts") or {}
    shape = texts.get("shape", "rectangle" if en else "직사각형")
    w = j - i + 1
    if en:
        bar, bars = texts.get("bar", "bar"), texts.get("bars", "bars")
        print(f"{bars.capitalize()} {i + 1} to {j + 1} are all at least {low} high, so a {shape} {w} wide and {low} high "
              f"fits: {w} × {low} = {area}. No larger {shape} fits." if i < j else
              f"{bar.capitalize()} {i + 1} alone, {low} high, holds a {shape} of area 1 × {low} = {area}. No larger "
              f"{shape} fits.")
    else:
        bar = texts.get("bar", "막대")  # the theme's word, as in the statement
        print(f"{i + 1}번째 {bar}부터 {j + 1}번째 {bar}까지는 높이가 모두 {low} 이상이므로 너비 {w}, 높이 {low}인 "
              f"{shape}을(를) 붙일 수 있습니다: {w} × {low} = {area}. 이보다 넓은 {shape}은(는) 붙일 수 없습니다." if i < j else
              f"{i + 1}번째 {bar} 하나(높이 {low})에 넓이 1 × {low} = {area}인 {shape}을(를) 붙일 수 있으며, 이보다 넓은 "
              f"{shape}은(는) 붙일 수 없습니다.")
