"""Obviously correct: every partition of the people into groups, built person by person (N is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
a = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]


def partitions(k):
    if k == 0:
        yield []
        return
    for groups in partitions(k - 1):
        for g in range(len(groups)):
            yield groups[:g] + [groups[g] + [k - 1]] + groups[g + 1:]
        yield groups + [[k - 1]]


print(max(sum(a[i][j] for group in p for i in group for j in group if i < j) for p in partitions(n)))
