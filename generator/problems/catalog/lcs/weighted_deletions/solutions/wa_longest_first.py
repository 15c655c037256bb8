"""Wrong: keeps a longest common subsequence (the heaviest among the longest), although a shorter common
subsequence of dearer letters can save more."""
import sys


def main():
    data = sys.stdin.read().split()
    cost = [int(x) for x in data[:26]]
    a, b = data[26], data[27]
    prev = [(0, 0)] * (len(b) + 1)
    for ch in a:
        double = 2 * cost[ord(ch) - 65]
        cur = [(0, 0)] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            best = max(prev[j], cur[j - 1])
            if other == ch:
                length, kept = prev[j - 1]
                best = max(best, (length + 1, kept + double))
            cur[j] = best
        prev = cur
    total = sum(cost[ord(ch) - 65] for ch in a + b)
    print(total - prev[len(b)][1])


main()
