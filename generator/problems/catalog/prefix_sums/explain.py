"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
data = list(map(int, case["input"].split()))
got = case["output"].split()
if variant == "single_range":
    n = data[0]
    a, (lo, hi) = data[1:1 + n], data[1 + n:3 + n]
    if lo == hi:
        print(f"l = r = {lo}이므로 답은 A_{lo} = {got[0]}입니다." if ko else f"Here l = r = {lo}, so the answer is A_{lo} = {got[0]}.")
    else:
        terms = " + ".join(f"({x})" if x < 0 else str(x) for x in a[lo - 1:hi])
        if sum(a[lo - 1:hi]) != int(got[0]) or hi - lo >= 12:
            terms = f"A_{lo} + ... + A_{hi}"
        print(f"A_{lo}부터 A_{hi}까지의 합은 {terms} = {got[0]}입니다." if ko else
              f"The sum of A_{lo} through A_{hi} is {terms} = {got[0]}.")
elif variant == "queries":
    n, q = data[0], data[1]
    qs = data[2 + n:2 + n + 2 * q]
    parts = [f"[{qs[2 * j]}, {qs[2 * j + 1]}] → {got[j]}" for j in range(min(q, 4))]
    print(("구간별 합: " + ", ".join(parts) + (" 등." if q > 4 else ".")) if ko else
          ("Range sums: " + ", ".join(parts) + (", …" if q > 4 else ".")))
elif variant == "grid_2d":  # each rectangle's cells, row by row (a witness the reader can add up)
    n, m, q = data[0], data[1], data[2]
    grid = [data[3 + i * m:3 + (i + 1) * m] for i in range(n)]
    qs = data[3 + n * m:]
    parts = []
    for j in range(min(q, 3)):
        x1, y1, x2, y2 = qs[4 * j:4 * j + 4]
        rows = (f"{x1}행" if x1 == x2 else f"{x1}~{x2}행") if ko else (f"row {x1}" if x1 == x2 else f"rows {x1}-{x2}")
        cols = (f"{y1}열" if y1 == y2 else f"{y1}~{y2}열") if ko else (f"column {y1}" if y1 == y2 else f"columns {y1}-{y2}")
        lines = [grid[i][y1 - 1:y2] for i in range(x1 - 1, x2)]
        cells = [v for line in lines for v in line]
        if len(lines) > 1 and len(lines[0]) > 1:  # several rows of several cells: one bracket per row
            how = " + ".join("(" + " + ".join(map(str, line)) + ")" for line in lines)
        else:
            how = " + ".join(map(str, cells))
        if sum(cells) != int(got[j]):  # never show a sum the answer does not match
            how = ""
        parts.append(f"{rows}, {cols}: {how + ' = ' if how and len(cells) > 1 else ''}{got[j]}")
    more = (" 나머지 질문도 같은 방법으로 구합니다." if ko else " The other questions are answered the same way.") if q > 3 else ""
    print("; ".join(parts) + "." + more)
else:  # abs_total: every stretch total, grouped by where the stretch starts, then the sum of absolute values
    n, a = data[0], data[1:1 + data[0]]
    rows = [[sum(a[lo:hi + 1]) for hi in range(lo, n)] for lo in range(n)]
    total = sum(abs(t) for row in rows for t in row)
    word = "부터" if ko else "from "
    groups = "; ".join((f"{lo + 1}{word}: " if ko else f"{word}{lo + 1}: ") + ", ".join(map(str, row))
                       for lo, row in enumerate(rows))
    if total != int(got[0]):  # never show a sum the answer does not match
        groups = ""
    if ko:
        print((f"시작 위치별 구간 합 — {groups}. " if groups else "") + f"구간 합의 절댓값을 모두 더하면 {got[0]}입니다.")
    else:
        print((f"Stretch totals by starting position — {groups}. " if groups else "")
              + f"The absolute values of the stretch totals add up to {got[0]}.")
