"""Reference: build the order from the back. On the reversed graph, always take the LARGEST vertex that nothing
still waits for and put it last: a large label is the one we least mind being late, and putting it last never
delays a smaller one. Reversing this order gives 1 as early as possible, then 2, and so on. -1 on a cycle."""
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    radj = [[] for _ in range(n + 1)]
    outdeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        radj[v].append(u)
        outdeg[u] += 1
    heap = [-v for v in range(1, n + 1) if outdeg[v] == 0]
    heapq.heapify(heap)
    back = []
    while heap:
        v = -heapq.heappop(heap)
        back.append(v)
        for u in radj[v]:
            outdeg[u] -= 1
            if outdeg[u] == 0:
                heapq.heappush(heap, -u)
    if len(back) < n:
        print(-1)
    else:
        print(" ".join(map(str, reversed(back))))


main()
