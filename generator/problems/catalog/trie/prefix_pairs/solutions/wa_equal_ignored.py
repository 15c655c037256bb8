"""Wrong: forgets that equal strings are prefixes of each other (no pairs among equal strings)."""
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
            pairs += end * (through - end)
    print(pairs)


main()
