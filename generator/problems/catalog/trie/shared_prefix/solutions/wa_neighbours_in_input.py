"""Wrong: compares only entries that are next to each other in the input (they are not sorted)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    words = data[1:1 + n]
    best = 0
    for a, b in zip(words, words[1:]):
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        best = max(best, k)
    print(best)


main()
