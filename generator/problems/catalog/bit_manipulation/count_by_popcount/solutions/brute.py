"""Obviously correct: look at every code of the range and count its ones (tiny ranges only)."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
out = []
for i in range(q):
    low, high, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    out.append(sum(1 for x in range(low, high + 1) if bin(x).count("1") == k))
print("\n".join(map(str, out)))
