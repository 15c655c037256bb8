"""Obviously correct: answer every question by walking the register from the top."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
names = data[2:2 + n]
for q in data[2 + n:2 + n + m]:
    if q[0] in "0123456789":
        print(names[int(q) - 1])
    else:
        answer = -1
        for i in range(n):
            if names[i] == q:
                answer = i + 1
        print(answer)
