"""Obviously correct: scan from the left for the first A_i >= X."""
import sys
data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
answers = []
for x in (int(v) for v in data[2 + n:2 + n + q]):
    pos = n + 1
    for i in range(n):
        if a[i] >= x:
            pos = i + 1
            break
    answers.append(pos)
print(*answers)
