"""Obviously correct: after step i the list holds exactly the positions j of the last K (j > i - K) whose value is
larger than every value after it up to i, in order of position."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
for i in range(n):
    kept = [a[j] for j in range(max(0, i - k + 1), i + 1) if all(a[j] > a[t] for t in range(j + 1, i + 1))]
    print(" ".join(map(str, kept)))
