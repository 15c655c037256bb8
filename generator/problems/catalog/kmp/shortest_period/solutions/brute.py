"""Obviously correct: the first length k with s[i] == s[i - k] for every i >= k."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
print(next(k for k in range(1, n + 1) if all(s[i] == s[i - k] for i in range(k, n))))
