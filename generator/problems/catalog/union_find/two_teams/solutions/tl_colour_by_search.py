"""Too slow: for each statement, searches the graph of kept statements from a, colouring as it goes, to learn
whether b is reached and on which side."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    false = 0
    for i in range(m):
        t, a, b = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        colour = {a: 0}
        stack = [a]
        while stack and b not in colour:
            v = stack.pop()
            for w, d in adj[v]:
                if w not in colour:
                    colour[w] = colour[v] ^ d
                    stack.append(w)
        if b in colour:
            if colour[b] != t:
                false += 1
            continue
        adj[a].append((b, t))
        adj[b].append((a, t))
    print(false)


main()
