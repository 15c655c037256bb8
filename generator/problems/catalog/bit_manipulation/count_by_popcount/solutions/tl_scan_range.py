"""Too slow: checks every code of the range, up to 10^18 per question."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    low, high, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    count = 0
    for x in range(low, high + 1):
        if bin(x).count("1") == k:
            count += 1
    out.append(count)
print("\n".join(map(str, out)))
