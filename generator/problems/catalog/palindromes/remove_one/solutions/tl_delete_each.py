"""Too slow: tries deleting every letter in turn and compares the rest with its reverse: O(N^2) per word."""
import sys

data = sys.stdin.read().split()
out = []
for w in data[1:1 + int(data[0])]:
    ok = w == w[::-1]
    k = 0
    while not ok and k < len(w):
        rest = w[:k] + w[k + 1:]
        ok = rest == rest[::-1]
        k += 1
    out.append("YES" if ok else "NO")
print("\n".join(out))
