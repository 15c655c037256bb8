"""Too slow: like tl_scan_words it checks every word for a query, but answers each distinct query only once
(a dictionary of answers). Few distinct queries make it fast; many distinct prefixes keep it O(N * Q)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    words = data[2:2 + n]
    answers = {}
    out = []
    for query in data[2 + n:2 + n + q]:
        if query not in answers:
            best, best_i = None, -1
            for i, w in enumerate(words):
                if w.startswith(query) and (best is None or w < best):
                    best, best_i = w, i + 1
            answers[query] = best_i
        out.append(answers[query])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
