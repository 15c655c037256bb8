"""Too slow: tries every shift k and compares letter by letter, O(N) per shift, O(N^2) on a...ab."""
import sys

data = sys.stdin.read().split()
n, a, b = int(data[0]), data[1], data[2]
answer = -1
for k in range(n):
    j = 0
    while j < n and a[(k + j) % n] == b[j]:
        j += 1
    if j == n:
        answer = k
        break
print(answer)
