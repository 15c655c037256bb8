"""Wrong: the min-cost table with a 0 border, as if the rest of the other string could be left undeleted."""
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
            if other == ch:
                cur[j] = prev[j - 1]
            else:
                cur[j] = min(prev[j] + w, cur[j - 1] + cost[ord(other) - 65])
        prev = cur
    print(prev[len(b)])


main()
