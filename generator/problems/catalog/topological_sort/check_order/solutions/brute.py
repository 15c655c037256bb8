"""Obviously correct: for every pair of places i < j, the later item must not be a prerequisite of the earlier."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = {(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)}
order = [int(x) for x in data[2 + 2 * m:2 + 2 * m + n]]
bad = any((order[j], order[i]) in edges for i in range(n) for j in range(i + 1, n))
print("NO" if bad else "YES")
