"""Obviously correct: compare a_i with each of the previous K values."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
records = [i + 1 for i in range(n) if all(a[i] > a[j] for j in range(max(0, i - k), i))]
print(len(records))
print(" ".join(map(str, records)))
