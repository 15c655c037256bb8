"""Obviously correct, bottom-up: every cell starts as a piece of its number; level by level, nine neighbouring
squares of one third the side merge into one piece when all nine are whole pieces of the same number. The pieces
that never merge are the answer."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
nums = [int(x) for x in data[1:]]
level = [[("one", nums[r * n + c]) for c in range(n)] for r in range(n)]  # ("one", v) or ("mixed", counts)
while len(level) > 1:
    m = len(level) // 3
    nxt = []
    for r in range(m):
        row = []
        for c in range(m):
            kids = [level[3 * r + i][3 * c + j] for i in range(3) for j in range(3)]
            if all(k[0] == "one" for k in kids) and len({k[1] for k in kids}) == 1:
                row.append(kids[0])
            else:
                total = [0, 0, 0]
                for kind, v in kids:
                    if kind == "one":
                        total[v + 1] += 1
                    else:
                        total = [a + b for a, b in zip(total, v)]
                row.append(("mixed", total))
        nxt.append(row)
    level = nxt
kind, v = level[0][0]
total = [0, 0, 0]
if kind == "one":
    total[v + 1] = 1
else:
    total = v
print(*total, sep="\n")
