"""Obviously correct: try every weight that is some bridge's limit, heaviest first, and walk the usable bridges with
a plain search from S each time; the first weight that reaches T is the answer."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
bridges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
s, t = int(data[2 + 3 * m]), int(data[3 + 3 * m])
answer = -1
for w in sorted({c for _, _, c in bridges}, reverse=True):
    seen = {s}
    changed = True
    while changed:
        changed = False
        for a, b, c in bridges:
            if c >= w and (a in seen) != (b in seen):
                seen |= {a, b}
                changed = True
    if t in seen:
        answer = w
        break
print(answer)
