"""Wrong: streams the strings and counts, for each one, the EARLIER strings that are its prefixes; misses an
earlier string that the current one is a prefix of (a longer string listed first)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [{}]
    ending = [0]
    pairs = 0
    for s in data[1:1 + n]:
        node = 0
        for ch in s:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
                ending.append(0)
            node = nxt
            pairs += ending[node]
        ending[node] += 1
    print(pairs)


main()
