"""Too slow: compares the two pieces through slices, O(k) per question."""
import sys

data = sys.stdin.buffer.read().split()
s, q = data[0], int(data[1])
out = []
for t in range(q):
    a, b, k = int(data[2 + 3 * t]), int(data[3 + 3 * t]), int(data[4 + 3 * t])
    out.append("YES" if s[a - 1:a - 1 + k] == s[b - 1:b - 1 + k] else "NO")
sys.stdout.write("\n".join(out) + "\n")
