"""Too slow: simulate the walk from every vertex with a set of seen vertices — O(N · walk length), quadratic on a
long tail into a long cycle."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    f = [0] + [int(x) for x in data[1:n + 1]]
    out = []
    for s in range(1, n + 1):
        seen, x = set(), s
        while x not in seen:
            seen.add(x)
            x = f[x]
        out.append(len(seen))
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
