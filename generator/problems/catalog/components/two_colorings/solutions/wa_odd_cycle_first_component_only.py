"""Wrong: checks for an odd cycle only in the component of vertex 1 (components are counted correctly)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for u, v in zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])):
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    components = 0
    for s in range(1, n + 1):
        if color[s] < 0:
            components += 1
            color[s] = 0
            stack = [s]
            while stack:
                x = stack.pop()
                cx = color[x]
                for y in adj[x]:
                    if color[y] < 0:
                        color[y] = cx ^ 1
                        stack.append(y)
                    elif color[y] == cx and s == 1:
                        print(0)
                        return
    print(pow(2, components, 1000000007))


main()
