"""Obviously correct: sort everything seen so far after each number."""
import sys

data = sys.stdin.read().split()
seen = []
for x in map(int, data[1:1 + int(data[0])]):
    seen.append(x)
    ordered = sorted(seen)
    print(ordered[(len(ordered) - 1) // 2])
