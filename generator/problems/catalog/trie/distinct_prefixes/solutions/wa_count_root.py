"""Wrong: counts the root too, as if the empty string were a prefix to store."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [{}]
    for w in data[1:1 + n]:
        node = 0
        for ch in w:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
            node = nxt
    print(len(children))


main()
