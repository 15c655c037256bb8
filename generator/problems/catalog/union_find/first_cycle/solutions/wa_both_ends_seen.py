"""Wrong: treats a link as closing a cycle as soon as both of its ends appeared in earlier links."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    seen = [False] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if seen[a] and seen[b]:
            print(i + 1)
            return
        seen[a] = seen[b] = True
    print(0)


main()
