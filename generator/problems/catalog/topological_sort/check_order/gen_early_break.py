"""check_order: a sparse graph whose order breaks one edge near its start (testlib style):
python gen_early_break.py SEED early_break n=N m=M [...params] prints one input.

Every edge but one goes forward in the order; the broken one joins the first two items of the order (the second
must come first). Few edges and a long order: a reader that takes only the last numbers of the input as the order
(a slice start computed as 2 - 2*M instead of 2 + 2*M) never sees those two items and answers YES.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
bounds = {"maxn": int(opts["maxn"]), "maxm": int(opts["maxm"])}
n = bounds.get(opts["n"], None) or int(opts["n"])
m = bounds.get(opts["m"], None) or int(opts["m"])
assert mode == "early_break" and n >= 5 and 1 <= m <= n // 4, (mode, n, m)
rng = random.Random(seed)
order = list(range(1, n + 1))
rng.shuffle(order)
edges = {(order[1], order[0])}  # the one backward edge
while len(edges) < m:
    i, j = sorted(rng.sample(range(2, n), 2))
    edges.add((order[i], order[j]))
edges = list(edges)
rng.shuffle(edges)
print(n, len(edges))
for u, v in edges:
    print(u, v)
print(*order)
