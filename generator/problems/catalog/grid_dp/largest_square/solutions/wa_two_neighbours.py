"""Wrong: extends from above and from the left only and forgets the above-left diagonal neighbour."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    prev = [0] * (m + 1)
    best = 0
    for i in range(n):
        row = data[2 + i]
        cur = [0] * (m + 1)
        for j in range(m):
            if row[j] == "1":
                s = prev[j + 1]
                if cur[j] < s:
                    s = cur[j]
                s += 1
                cur[j + 1] = s
                if s > best:
                    best = s
        prev = cur
    print(best * best)


main()
