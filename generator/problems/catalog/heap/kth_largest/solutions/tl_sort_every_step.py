"""Too slow: sorts everything seen so far after every value, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen, out = [], []
for x in map(int, data[2:2 + n]):
    seen.append(x)
    seen.sort(reverse=True)
    out.append(seen[k - 1] if len(seen) >= k else -1)
sys.stdout.write(" ".join(map(str, out)) + "\n")
