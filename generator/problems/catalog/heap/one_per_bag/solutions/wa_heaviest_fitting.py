"""Each box takes the heaviest item that fits (the last one added), not the most valuable."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    items = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[3:3 + 2 * n:2])))
    caps = sorted(map(int, data[2 + 2 * n:2 + 2 * n + k]))
    fits: list[int] = []
    i = total = 0
    for cap in caps:
        while i < n and items[i][0] <= cap:
            fits.append(items[i][1])
            i += 1
        if fits:
            total += fits.pop()
    print(total)


main()
