"""Too slow: scans the letters of every query's range (O(N*Q))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[1])
    s = data[2]
    out = []
    pos = 3
    for _ in range(q):
        l, r, c = int(data[pos]), int(data[pos + 1]), data[pos + 2][0]
        pos += 3
        found = 0
        for i in range(l - 1, r):
            if s[i] == c:
                found += 1
        out.append(found)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
