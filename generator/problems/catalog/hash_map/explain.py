"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
tokens = case["input"].split()
answer = case["output"].split()
SHOW = 8


def listed(items):
    shown = ", ".join(items[:SHOW])
    if len(items) > SHOW:
        shown += (f" 외 {len(items) - SHOW}개" if ko else f" and {len(items) - SHOW} more")
    return shown


if variant == "most_frequent":
    words = tokens[1:]
    count = {}
    for w in words:
        count[w] = count.get(w, 0) + 1
    ranked = sorted(count, key=lambda w: (-count[w], w))
    top = [w for w in ranked if count[w] == count[ranked[0]]]
    if ko:
        text = ", ".join(f"`{w}` {count[w]}번" for w in ranked) + "."
        if len(top) > 1:
            text += f" 가장 많이 쓰인 이름표는 {', '.join(f'`{w}`' for w in top)}이고, 그중 사전 순으로 가장 앞선 것은 `{top[0]}`입니다."
    else:
        text = ", ".join(f"`{w}` {count[w]} time{'s' if count[w] != 1 else ''}" for w in ranked) + "."
        if len(top) > 1:
            text += f" {', '.join(f'`{w}`' for w in top)} tie; `{top[0]}` comes first in dictionary order."
elif variant == "pair_sum":
    n, k = int(tokens[0]), int(tokens[1])
    a = list(map(int, tokens[2:2 + n]))
    pairs = [f"({i + 1}, {j + 1})" for i in range(n) for j in range(i + 1, n) if a[i] + a[j] == k]
    if ko:
        text = f"합이 {k}인 쌍은 {answer[0]}개입니다: {listed(pairs)}." if pairs else f"합이 {k}인 쌍이 없습니다."
    else:
        text = f"The pairs with sum {k} are {listed(pairs)}: {answer[0]} in all." if pairs else \
            f"No pair has sum {k}."
else:
    if variant == "subarray_sum":
        n, k = int(tokens[0]), int(tokens[1])
        a = list(map(int, tokens[2:2 + n]))
        good = lambda l, r: sum(a[l:r + 1]) == k  # noqa: E731
    else:
        s = tokens[1]
        n = len(s)
        good = lambda l, r: s[l:r + 1].count("A") == s[l:r + 1].count("B") == s[l:r + 1].count("C")  # noqa: E731
    found = [f"({l + 1}, {r + 1})" for l in range(n) for r in range(l, n) if good(l, r)]
    if ko:
        text = f"조건을 만족하는 구간 (l, r)은 {answer[0]}개입니다: {listed(found)}." if found else \
            "조건을 만족하는 구간이 없습니다."
    else:
        text = f"The stretches (l, r) that qualify are {listed(found)}: {answer[0]} in all." if found else \
            "No stretch qualifies."
print(text)
