"""Wrong: removes the K largest digits (the last ones among equals), wherever they are."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
drop = set(sorted(range(n), key=lambda i: (s[i], i))[n - k:])
print("".join(s[i] for i in range(n) if i not in drop))
