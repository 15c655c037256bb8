import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, length, t = int(data[0]), int(data[1]), int(data[2])
    pos = [int(data[3 + 2 * i]) for i in range(n)]
    # Wrong: each ant keeps its own "ghost" position p +- T, as if ants walked through each other. The set of final
    # positions is right, but ants turn around and never pass each other, so the k-th ant from the left must get the
    # k-th ghost from the left; whenever an ant's own ghost is not the k-th, this prints another ant's point for it.
    answer = [-1] * n
    for ant in range(n):
        g = pos[ant] + t if data[4 + 2 * ant] == b"R" else pos[ant] - t
        answer[ant] = g if 0 <= g <= length else -1
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
