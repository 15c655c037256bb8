"""Too slow: for every edge, search from u using only strictly lighter edges and see whether v is reached
(O(M·(N+M)))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    us = [int(x) for x in data[2::3]]
    vs = [int(x) for x in data[3::3]]
    ws = [int(x) for x in data[4::3]]
    adj = [[] for _ in range(n + 1)]
    for e in range(m):
        adj[us[e]].append((vs[e], ws[e]))
        adj[vs[e]].append((us[e], ws[e]))
    answer = []
    for e in range(m):
        u, v, w = us[e], vs[e], ws[e]
        seen, stack = {u}, [u]
        while stack and v not in seen:
            x = stack.pop()
            for y, c in adj[x]:
                if c < w and y not in seen:
                    seen.add(y)
                    stack.append(y)
        answer.append("NO" if v in seen else "YES")
    sys.stdout.write("\n".join(answer) + "\n")


main()
