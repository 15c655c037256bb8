"""Wrong: the sums are scanned upwards, so an item already added can be added again (reuse)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ws = [int(x) for x in data[1:1 + n]]
    top = sum(ws)
    reach = [False] * (top + 1)
    reach[0] = True
    for w in ws:
        for s in range(w, top + 1):
            if reach[s - w]:
                reach[s] = True
    print(sum(reach[1:]))


main()
