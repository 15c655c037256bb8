"""Different totals of non-empty choices: reach[s] says some choice sums to s. Each item is added once, so the sums
are scanned from high to low (a sum marked by this item is not extended by it again). Count the marks above 0."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ws = [int(x) for x in data[1:1 + n]]
    top = sum(ws)
    reach = [False] * (top + 1)
    reach[0] = True
    for w in ws:
        for s in range(top, w - 1, -1):
            if reach[s - w]:
                reach[s] = True
    print(sum(reach[1:]))


main()
