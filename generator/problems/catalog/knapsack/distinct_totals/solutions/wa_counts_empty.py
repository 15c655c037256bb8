"""Wrong: the empty choice (total 0) is counted as one of the totals."""
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
    print(sum(reach))


main()
