"""Wrong: treats pieces of up to four letters as palindromes when their ends match (it skips the inside check for length 4)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), data[1]
    pal = [bytearray(n + 1) for _ in range(n + 1)]
    for l in range(n - 1, -1, -1):
        row, inner, first = pal[l], pal[l + 1], s[l]
        row[l] = 1
        for r in range(l + 1, n):
            if s[r] == first and (r - l < 4 or inner[r - 1]):
                row[r] = 1
    m = int(data[2])
    out = []
    for k in range(m):
        l, r = int(data[3 + 2 * k]), int(data[4 + 2 * k])
        out.append("1" if pal[l - 1][r - 1] else "0")
    sys.stdout.write("\n".join(out) + "\n")


main()
