"""WRONG: prints the answers in the order they were computed (reverse removal order). Was: add the vertices back in reverse removal order. Floyd-Warshall's outer loop may take the intermediate
vertices in any order, so adding vertex k is one relaxation of ALL pairs through k; then the answer for this moment
is the sum over pairs of vertices added so far. Answers are printed in removal order."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
d = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
order = [int(x) - 1 for x in data[1 + n * n:1 + n * n + n]]
added = []
sums = []
for k in reversed(order):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        d[i] = [a if a <= dik + b else dik + b for a, b in zip(d[i], row_k)]
    added.append(k)
    total = 0
    for i in added:
        row = d[i]
        total += sum([row[j] for j in added])
    sums.append(total)
print(" ".join(map(str, sums)))
