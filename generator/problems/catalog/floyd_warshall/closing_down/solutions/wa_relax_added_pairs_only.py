"""WRONG: relaxes only pairs of vertices already added, so routes to a vertex not yet added miss their detours. Was: add the vertices back in reverse removal order. Floyd-Warshall's outer loop may take the intermediate
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
    added.append(k)
    for i in added:
        dik = d[i][k]
        for j in added:
            if dik + row_k[j] < d[i][j]:
                d[i][j] = dik + row_k[j]
    total = 0
    for i in added:
        row = d[i]
        total += sum([row[j] for j in added])
    sums.append(total)
print(" ".join(map(str, reversed(sums))))
