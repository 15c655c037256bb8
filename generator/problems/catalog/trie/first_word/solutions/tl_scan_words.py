"""Too slow: checks every word for every query, O(N * Q) comparisons."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    words = data[2:2 + n]
    out = []
    for query in data[2 + n:2 + n + q]:
        best, best_i = None, -1
        for i, w in enumerate(words):
            if w.startswith(query) and (best is None or w < best):
                best, best_i = w, i + 1
        out.append(best_i)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
