"""Trie with two counts per node: `passing` (strings whose path reaches the node) and `ending` (strings equal to
the node's text). A string ending at v pairs with every longer string through v (passing - ending) and the
strings equal to it pair among themselves (ending choose 2)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [{}]
    passing = [0]
    ending = [0]
    for s in data[1:1 + n]:
        node = 0
        for ch in s:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
                passing.append(0)
                ending.append(0)
            node = nxt
            passing[node] += 1
        ending[node] += 1
    pairs = 0
    for through, end in zip(passing, ending):
        if end:
            pairs += end * (end - 1) // 2 + end * (through - end)
    print(pairs)


main()
