"""Obviously correct: walk the positions 0, 1, 2, ... until the code matches (small codes only)."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    code, i = int(token), 0
    while i ^ (i // 2) != code:
        i += 1
    out.append(i)
print("\n".join(map(str, out)))
