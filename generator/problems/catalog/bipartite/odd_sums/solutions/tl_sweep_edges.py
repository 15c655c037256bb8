"""Too slow: colours each component by sweeping the whole edge list again and again, colouring an endpoint
whose partner is coloured, until a sweep changes nothing: O(N·M) on a long path listed in random order."""
import sys

MOD = 998244353


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    color = [-1] * (n + 1)
    answer = 1
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        color[s] = 0
        size = [1, 0]
        changed = True
        while changed:
            changed = False
            for u, v in edges:
                if color[u] != -1 and color[v] == -1:
                    color[v] = color[u] ^ 1
                    size[color[v]] += 1
                    changed = True
                elif color[v] != -1 and color[u] == -1:
                    color[u] = color[v] ^ 1
                    size[color[u]] += 1
                    changed = True
        answer = answer * (pow(2, size[0], MOD) + pow(2, size[1], MOD)) % MOD
    for u, v in edges:
        if color[u] == color[v]:
            answer = 0
    print(answer)


main()
