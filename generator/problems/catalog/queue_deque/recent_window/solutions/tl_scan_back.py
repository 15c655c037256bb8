"""Too slow: for each request walks back over every request still inside the window; O(N^2) when many
requests share the window (e.g. all at the same time)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, w = int(data[0]), int(data[1])
    t = list(map(int, data[2:2 + n]))
    out = []
    for i in range(n):
        lo = t[i] - w
        j = i
        while j > 0 and t[j - 1] >= lo:
            j -= 1
        out.append(i - j + 1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
