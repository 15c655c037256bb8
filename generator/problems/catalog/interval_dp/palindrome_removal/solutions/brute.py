"""Obviously correct: breadth-first search over the rows that can remain, every palindromic block removable
(N is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
start = tuple(data[1:1 + data[0]])
seen, frontier, steps = {start}, [start], 0
while () not in seen:
    steps += 1
    following = []
    for row in frontier:
        for i in range(len(row)):
            for j in range(i + 1, len(row) + 1):
                block = row[i:j]
                if block == block[::-1]:
                    rest = row[:i] + row[j:]
                    if rest not in seen:
                        seen.add(rest)
                        following.append(rest)
    frontier = following
print(steps)
