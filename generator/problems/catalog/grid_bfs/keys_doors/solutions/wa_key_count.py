"""Wrong: the visited array is indexed by (cell, number of keys held) instead of the set of keys, so a walk that
holds a different key of the same count is wrongly treated as already seen."""
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = data[2:2 + n]
    for i in range(n):
        for j in range(m):
            if g[i][j] == "S":
                si, sj = i, j
    seen = [[False] * 7 for _ in range(n * m)]
    seen[si * m + sj][0] = True
    q = deque([(si, sj, 0, 0)])
    while q:
        i, j, keys, d = q.popleft()
        if g[i][j] == "G":
            print(d)
            return
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if not (0 <= a < n and 0 <= b < m):
                continue
            c = g[a][b]
            if c == "#":
                continue
            nk = keys
            if "A" <= c <= "F":
                if not keys >> (ord(c) - 65) & 1:
                    continue
            elif "a" <= c <= "f":
                nk = keys | 1 << (ord(c) - 97)
            cnt = bin(nk).count("1")
            if not seen[a * m + b][cnt]:
                seen[a * m + b][cnt] = True
                q.append((a, b, nk, d + 1))
    print(-1)


main()
