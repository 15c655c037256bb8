"""Too slow: max() over every window, O(N * K)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = [max(a[i:i + k]) for i in range(n - k + 1)]
sys.stdout.write(" ".join(map(str, out)) + "\n")
