"""Too slow: tries every length and compares letter by letter: quadratic on a...ab."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
answer = n
for k in range(1, n):
    i = k
    while i < n and s[i] == s[i - k]:
        i += 1
    if i == n:
        answer = k
        break
print(answer)
