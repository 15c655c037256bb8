"""WRONG: one "visited" mark for everything — meeting a vertex answered by an earlier walk is taken for a new
cycle, cut at that vertex's old position."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    f = [0] + [int(x) for x in data[1:n + 1]]
    state = [0] * (n + 1)
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
        if pos[x] < len(path):  # (no check that x belongs to this walk)
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
