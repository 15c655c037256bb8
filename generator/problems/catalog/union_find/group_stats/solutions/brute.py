"""Obviously correct: after every link, recompute all group labels from scratch."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    return n, list(zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])))

n, links = read()
for t in range(1, len(links) + 1):
    label = list(range(n + 1))
    changed = True
    while changed:
        changed = False
        for a, b in links[:t]:
            low = min(label[a], label[b])
            if label[a] != low or label[b] != low:
                label[a] = label[b] = low
                changed = True
    counts = {}
    for v in range(1, n + 1):
        counts[label[v]] = counts.get(label[v], 0) + 1
    print(len(counts), max(counts.values()))
