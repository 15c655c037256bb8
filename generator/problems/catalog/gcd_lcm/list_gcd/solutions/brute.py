"""Obviously correct: try every length from 1 to the shortest board, keep the largest that divides every board."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = max(length for length in range(1, min(a) + 1) if all(x % length == 0 for x in a))
print(best, sum(x // best for x in a))
