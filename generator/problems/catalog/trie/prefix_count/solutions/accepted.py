"""Trie: every node counts the words passing through it; a query walks its letters and reads the count where it
stops (0 as soon as a letter has no child)."""
import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split()
    n, q = int(lines[0]), int(lines[1])
    children = [{}]  # node -> {letter: child}
    passing = [0]  # node -> number of words whose path goes through (or ends at) the node
    for w in lines[2:2 + n]:
        node = 0
        for ch in w:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
                passing.append(0)
            node = nxt
            passing[node] += 1
    out = []
    for query in lines[2 + n:2 + n + q]:
        node = 0
        for ch in query:
            node = children[node].get(ch, -1)
            if node < 0:
                break
        out.append(passing[node] if node >= 0 else 0)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
