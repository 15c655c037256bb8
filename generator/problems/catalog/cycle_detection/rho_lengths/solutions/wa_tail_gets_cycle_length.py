"""WRONG: answers the length of the cycle a vertex ends in, forgetting the vertices of its tail."""
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
        if state[x] == 1:
            cycle = path[pos[x]:]
            for v in cycle:
                ans[v] = len(cycle)
                state[v] = 2
            del path[pos[x]:]
        for v in reversed(path):
            ans[v] = ans[f[v]]
            state[v] = 2
    sys.stdout.write(" ".join(map(str, ans[1:])) + "\n")


main()
