"""Too slow: Kahn's algorithm that recounts every remaining team's in-degree in every round instead of keeping
the counts, O(N^3) pair checks."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    old = [int(x) for x in data[1:n + 1]]
    m = int(data[n + 1])
    pos = [0] * (n + 1)
    for i, t in enumerate(old):
        pos[t] = i
    flipped = set()
    for k in range(m):
        a, b = int(data[n + 2 + 2 * k]), int(data[n + 3 + 2 * k])
        flipped.add((a, b))
        flipped.add((b, a))

    def beats(a, b):
        return (pos[a] < pos[b]) != ((a, b) in flipped)

    # Kahn's algorithm without kept counts: every round recounts, for every remaining team, how many remaining
    # teams are above it, and places the team with none: O(N^2) per round, O(N^3) in all.
    remaining = list(old)
    order = []
    while remaining:
        above = [sum(1 for u in remaining if u != t and beats(u, t)) for t in remaining]
        if 0 not in above:
            print("IMPOSSIBLE")
            return
        order.append(remaining.pop(above.index(0)))
    print(" ".join(map(str, order)))


main()
