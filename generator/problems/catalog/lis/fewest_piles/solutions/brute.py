"""Obviously correct: every way to place the values (each on any fitting pile or a new pile), explored
exhaustively with the piles as a multiset of tops; the fewest piles at the end."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
states = {()}
for x in a:
    nxt = set()
    for tops in states:
        nxt.add(tuple(sorted(tops + (x,))))
        for k, top in enumerate(tops):
            if top >= x:
                nxt.add(tuple(sorted(tops[:k] + (x,) + tops[k + 1:])))
    states = nxt
print(min(len(t) for t in states))
