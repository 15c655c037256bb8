"""Too slow: for each word, narrows the whole dictionary letter by letter to the words still matching, O(N^2)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    words = data[1:1 + n]
    out = []
    for w in words:
        alive = [v for v in words if v[0] == w[0]]
        presses = 1
        for k in range(1, len(w)):
            nexts = {v[k] for v in alive if len(v) > k}
            if len(nexts) > 1 or any(len(v) == k for v in alive):
                presses += 1
            alive = [v for v in alive if len(v) > k and v[k] == w[k]]
        out.append(presses)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
