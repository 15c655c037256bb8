"""Reference: walk from each unvisited vertex, marking the current walk. Meeting a vertex of the current walk
closes a new cycle (its vertices all answer the cycle length); meeting a vertex finished earlier does not. The
walk's remaining vertices, backwards, answer 1 + the answer of their successor."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    f = [0] + [int(x) for x in data[1:n + 1]]
    state = [0] * (n + 1)  # 0 new, 1 on the current walk, 2 answered
    pos = [0] * (n + 1)
    ans = [0] * (n + 1)
    for s in range(1, n + 1):
        if state[s]:
            continue
        path = []
        x = s
        while state[x] == 0:
            state[x] = 1
            pos[x] = len(path)
            path.append(x)
            x = f[x]
        if state[x] == 1:  # a new cycle: path[pos[x]:]
            cycle = path[pos[x]:]
            for v in cycle:
                ans[v] = len(cycle)
                state[v] = 2
            del path[pos[x]:]
        for v in reversed(path):
            ans[v] = ans[f[v]] + 1
            state[v] = 2
    sys.stdout.write(" ".join(map(str, ans[1:])) + "\n")


main()
