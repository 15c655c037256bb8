"""Obviously correct: for every position, the first larger value to its right."""
import sys

data = sys.stdin.read().split()
a = [int(x) for x in data[1:1 + int(data[0])]]
out = []
for i in range(len(a)):
    bigger = [y for y in a[i + 1:] if y > a[i]]
    out.append(bigger[0] if bigger else -1)
print(*out)
