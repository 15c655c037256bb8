"""Too slow: colours each component by sweeping the whole edge list again and again, colouring an endpoint
whose partner is coloured, until a sweep changes nothing: O(N·M) on a long path listed in random order."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    want = [0] * (n + 1)  # 0: free, else the announced side 1 or 2
    pos = 3 + 2 * m
    for i in range(k):
        want[int(data[pos + 2 * i])] = int(data[pos + 2 * i + 1])
    edges = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
    color = [-1] * (n + 1)
    comp = [0] * (n + 1)
    answer = 1
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        color[s], comp[s] = 0, s
        changed = True
        while changed:
            changed = False
            for u, v in edges:
                if color[u] != -1 and color[v] == -1:
                    color[v], comp[v] = color[u] ^ 1, s
                    changed = True
                elif color[v] != -1 and color[u] == -1:
                    color[u], comp[u] = color[v] ^ 1, s
                    changed = True
        orientation = -1
        for x in range(s, n + 1):
            if comp[x] == s and want[x]:
                need = (want[x] - 1) ^ color[x]
                if orientation == -1:
                    orientation = need
                elif orientation != need:
                    answer = 0
        if orientation == -1:
            answer = answer * 2 % MOD
    for u, v in edges:
        if color[u] == color[v]:
            answer = 0
    print(answer)


main()
