"""Obviously correct on tiny inputs: try every set of cut positions, keep the fewest pieces that are all
palindromes."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best = n
for mask in range(1 << (n - 1)):
    cuts = [0] + [i + 1 for i in range(n - 1) if mask >> i & 1] + [n]
    pieces = [s[a:b] for a, b in zip(cuts, cuts[1:])]
    if all(p == p[::-1] for p in pieces):
        best = min(best, len(pieces))
print(best)
