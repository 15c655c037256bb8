"""Wrong: when a letter has no child it stops and reports the count of the deepest node reached, not 0."""
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
            nxt = children[node].get(ch, -1)
            if nxt < 0:
                break
            node = nxt
        out.append(passing[node])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
