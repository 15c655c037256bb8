"""Obviously correct: repeatedly take out the word that must come first, skipping repeats."""
import sys

data = sys.stdin.read().split()
left = data[1:1 + int(data[0])]
out = []
while left:
    best = left[0]
    for w in left:
        if len(w) < len(best) or (len(w) == len(best) and w < best):
            best = w
    out.append(best)
    left = [w for w in left if w != best]
print("\n".join(out))
