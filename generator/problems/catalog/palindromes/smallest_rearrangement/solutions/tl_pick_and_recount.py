"""Too slow: builds the left half one letter at a time, each time recounting the remaining letters to find the
smallest one that still has a pair: O(N^2)."""
import sys

data = sys.stdin.read().split()
rest = sorted(data[1])
odd = [c for c in sorted(set(rest)) if rest.count(c) % 2]
if len(odd) > 1:
    print(-1)
else:
    left = []
    for _ in range(len(rest) // 2):
        for c in sorted(set(rest)):
            if rest.count(c) >= 2:
                rest.remove(c)
                rest.remove(c)
                left.append(c)
                break
    half = "".join(left)
    print(half + "".join(rest) + half[::-1])
