"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
data = list(map(int, case["input"].split()))
got = case["output"].split()
if variant == "lower_bound":
    n, q = data[0], data[1]
    xs = data[2 + n:2 + n + q]
    a = data[2:2 + n]

    def why(x, g):
        """The answer with the values on either side of it, so the reader can check it against the list."""
        if g == 1:
            return f"X = {x} → 1 (A_1 = {a[0]} ≥ {x})"
        if g == n + 1:
            return (f"X = {x} → {g} (A_{n} = {a[-1]} < {x}이므로 그런 위치가 없어 N + 1)" if ko else
                    f"X = {x} → {g} (even A_{n} = {a[-1]} < {x}: no such position, so N + 1)")
        return f"X = {x} → {g} (A_{g - 1} = {a[g - 2]} < {x} ≤ A_{g} = {a[g - 1]})"

    parts = [why(x, int(g)) for x, g in zip(xs[:5], got)]
    tail = "" if q <= 5 else (" 등" if ko else ", …")
    print(("A_i ≥ X인 첫 위치: " if ko else "First position with A_i ≥ X: ") + ", ".join(parts) + tail + ".")
elif variant == "cables":
    k, n = data[0], data[1]
    ls = data[2:2 + k]
    x = int(got[0])
    here, more = sum(v // x for v in ls), sum(v // (x + 1) for v in ls)
    print(f"길이 {x}: {here}개 (≥ {n}), 길이 {x + 1}: {more}개 (< {n}). 따라서 답은 {x}입니다." if ko else
          f"Length {x} gives {here} pieces (≥ {n}), but length {x + 1} gives only {more}, so the answer is {x}.")
elif variant == "spread":
    n, c = data[0], data[1]
    xs = sorted(data[2:2 + n])
    d = int(got[0])
    chosen, last = [xs[0]], xs[0]
    for x in xs[1:]:
        if len(chosen) < c and x - last >= d:
            chosen.append(x)
            last = x
    shown = ", ".join(map(str, chosen)) if len(chosen) == c else ""
    if ko:
        print(f"가장 가까운 두 위치 사이 거리의 최댓값은 {d}입니다" + (f" (예: {shown})." if shown else "."))
    else:
        print(f"The closest pair can be kept {d} apart at best" + (f", e.g. at {shown}." if shown else "."))
else:
    n, k = data[0], data[1]
    a = data[2:2 + n]
    limit = int(got[0])
    groups, cur = [[]], 0
    for x in a:
        if cur + x > limit:
            groups.append([])
            cur = 0
        groups[-1].append(x)
        cur += x
    while len(groups) < k:  # exactly K non-empty groups: split single elements off (no sum grows); K <= N
        at = max(i for i, g in enumerate(groups) if len(g) > 1)
        groups.insert(at + 1, [groups[at].pop()])
    shown = " | ".join(" ".join(map(str, g)) for g in groups) if len(groups) == k and n <= 12 else ""
    if ko:
        print(f"어떻게 나누어도 가장 큰 묶음의 합은 {limit} 이상입니다"
              + (f" (가장 큰 묶음의 합이 {limit}인 나누기의 예: {shown})." if shown else "."))
    else:
        print(f"The largest group sum is at least {limit} in every split" + (f"; {shown} achieves it." if shown else "."))
