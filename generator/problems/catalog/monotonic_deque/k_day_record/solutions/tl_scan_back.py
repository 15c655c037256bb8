"""Too slow: max() of the previous K values for every position, O(N * K)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
records = [i + 1 for i in range(n) if i == 0 or max(a[max(0, i - k):i]) < a[i]]
print(len(records))
print(" ".join(map(str, records)))
