"""Obviously correct: the whole game tree, both moves tried on every turn (N is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
row = data[1:1 + data[0]]


def value(i, j, first_moves):
    """X - Y from now on, with row[i..j] left."""
    if i > j:
        return 0
    sign = 1 if first_moves else -1
    left = sign * row[i] + value(i + 1, j, not first_moves)
    right = sign * row[j] + value(i, j - 1, not first_moves)
    return max(left, right) if first_moves else min(left, right)


print(value(0, len(row) - 1, True))
