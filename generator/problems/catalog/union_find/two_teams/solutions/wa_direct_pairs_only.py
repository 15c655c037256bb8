"""Wrong: only remembers what was said about each pair directly, so contradictions through other people pass."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[1])
    said = {}
    false = 0
    for i in range(m):
        t, a, b = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        key = (min(a, b), max(a, b))
        if a == b and t == 1 or said.get(key, t) != t:
            false += 1
            continue
        said[key] = t
    print(false)


main()
