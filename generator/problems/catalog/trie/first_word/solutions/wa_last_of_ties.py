"""Wrong: sorts by the word and then by falling index, so among equal words the largest index wins."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    words = data[2:2 + n]
    children = [{}]
    first = [-1]
    for i in sorted(range(n), key=lambda k: (words[k], -k)):
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
