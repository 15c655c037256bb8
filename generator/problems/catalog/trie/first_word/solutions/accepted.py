"""Insert the words into a trie in alphabetical order (ties by index): the first word to reach a node is the
alphabetically smallest word below it, so each node stores that word's index once, when it is created. A query
walks its letters and reads the stored index (-1 as soon as a letter has no child)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    words = data[2:2 + n]
    children = [{}]
    first = [-1]
    for i in sorted(range(n), key=words.__getitem__):  # sort is stable: equal words keep index order
        node = 0
        for ch in words[i]:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
                first.append(i + 1)
            node = nxt
    out = []
    for query in data[2 + n:2 + n + q]:
        node = 0
        for ch in query:
            node = children[node].get(ch, -1)
            if node < 0:
                break
        out.append(first[node] if node >= 0 else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
