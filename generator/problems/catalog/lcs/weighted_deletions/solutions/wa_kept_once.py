"""Wrong: subtracts the kept letters' cost once, though each kept letter is kept in both strings."""
import sys


def main():
    data = sys.stdin.read().split()
    cost = [int(x) for x in data[:26]]
    a, b = data[26], data[27]
    prev = [0] * (len(b) + 1)
    for ch in a:
        w = cost[ord(ch) - 65]
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            best = max(prev[j], cur[j - 1])
            if other == ch:
                best = max(best, prev[j - 1] + w)
            cur[j] = best
        prev = cur
    total = sum(cost[ord(ch) - 65] for ch in a + b)
    print(total - prev[len(b)])


main()
