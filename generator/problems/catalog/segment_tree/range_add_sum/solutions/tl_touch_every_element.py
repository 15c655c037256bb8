"""Too slow: applies each addition to every element of its range (list slices) and sums ranges directly: O(N) per
operation."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    k = 2 + n
    for _ in range(q):
        if data[k] == b"1":
            l, r, v = int(data[k + 1]), int(data[k + 2]), int(data[k + 3])
            a[l - 1:r] = [x + v for x in a[l - 1:r]]
            k += 4
        else:
            l, r = int(data[k + 1]), int(data[k + 2])
            out.append(sum(a[l - 1:r]))
            k += 3
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
