"""Obviously correct: keep the multiset as counts; a query tries every value present."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
have = {0: 1}
for k in range(1, 2 * q, 2):
    op, x = data[k], int(data[k + 1])
    if op == "+":
        have[x] = have.get(x, 0) + 1
    elif op == "-":
        have[x] -= 1
    else:
        print(max(x ^ y for y, c in have.items() if c > 0))
