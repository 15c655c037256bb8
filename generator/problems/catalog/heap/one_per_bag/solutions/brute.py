"""Obviously correct: every way to give each box one unused fitting item or nothing (tiny inputs only)."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
caps = [int(x) for x in data[2 + 2 * n:2 + 2 * n + k]]


def best(j: int, used: int) -> int:
    if j == k:
        return 0
    result = best(j + 1, used)
    for i in range(n):
        if not used >> i & 1 and items[i][0] <= caps[j]:
            result = max(result, items[i][1] + best(j + 1, used | 1 << i))
    return result


print(best(0, 0))
