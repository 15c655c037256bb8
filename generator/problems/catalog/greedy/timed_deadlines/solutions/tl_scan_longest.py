"""Too slow: the same exchange greedy, but the longest kept task is found by scanning a plain list, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
tasks = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))  # (deadline, duration)
kept, total = [], 0
for deadline, duration in tasks:
    kept.append(duration)
    total += duration
    if total > deadline:
        longest = 0
        for k in range(1, len(kept)):
            if kept[k] > kept[longest]:
                longest = k
        total -= kept[longest]
        kept[longest] = kept[-1]
        kept.pop()
print(len(kept))
