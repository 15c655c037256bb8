"""Trie with a pass count per node: a node reached by two or more words is a prefix of two entries, so the answer
is the greatest depth among those nodes (0 when there is none)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [{}]
    passing = [0]
    best = 0
    for w in data[1:1 + n]:
        node = 0
        for depth, ch in enumerate(w, 1):
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
                passing.append(0)
            node = nxt
            passing[node] += 1
            if passing[node] >= 2 and depth > best:
                best = depth
    print(best)


main()
