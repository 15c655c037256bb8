"""Obviously correct on tiny inputs: try every direction of the free pairs (the mask counting down, so free
pairs are first tried reversed) and print the first choice whose arcs admit an order, found by trying every
permutation of the items; NO when none does."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
pairs = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
free = [i for i, (t, _, _) in enumerate(pairs) if t == 0]
orders = list(permutations(range(1, n + 1)))


def has_order(arcs):
    for order in orders:
        pos = {v: k for k, v in enumerate(order)}
        if all(pos[a] < pos[b] for a, b in arcs):
            return True
    return False


for mask in range((1 << len(free)) - 1, -1, -1):
    arcs = [(u, v) for t, u, v in pairs]
    for bit, i in enumerate(free):
        if mask >> bit & 1:
            arcs[i] = (arcs[i][1], arcs[i][0])
    if has_order(arcs):
        print("YES")
        for a, b in arcs:
            print(a, b)
        break
else:
    print("NO")
