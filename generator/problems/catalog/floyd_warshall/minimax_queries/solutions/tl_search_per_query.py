"""Too slow: a minimax Dijkstra (the key is the highest edge so far) for every query, O(Q * M log N)."""
import heapq
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
for e in range(m):
    adj[int(data[3 + 3 * e])].append((int(data[4 + 3 * e]), int(data[5 + 3 * e])))
base = 3 + 3 * m
out = []
for t in range(q):
    a, b = int(data[base + 2 * t]), int(data[base + 2 * t + 1])
    best = [None] * (n + 1)
    best[a] = 0
    heap = [(0, a)]
    answer = -1
    while heap:
        h, x = heapq.heappop(heap)
        if h > best[x]:
            continue
        if x == b:
            answer = h
            break
        for y, c in adj[x]:
            nh = h if h > c else c
            if best[y] is None or nh < best[y]:
                best[y] = nh
                heapq.heappush(heap, (nh, y))
    out.append(str(answer))
sys.stdout.write("\n".join(out) + "\n")
