"""Obviously correct: try every day that appears, in increasing order, and count groups greedily left to right."""
import sys

data = sys.stdin.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
b = [int(v) for v in data[3:3 + n]]
answer = -1
for day in sorted(set(b)):
    made, run = 0, 0
    for v in b:
        run = run + 1 if v <= day else 0
        if run == k:
            made, run = made + 1, 0
    if made >= m:
        answer = day
        break
print(answer)
