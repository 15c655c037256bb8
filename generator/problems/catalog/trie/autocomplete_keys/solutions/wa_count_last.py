"""Wrong: also counts a press at the last node of the word (the word is already complete there)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    words = data[1:1 + n]
    children = [{}]
    is_word = [False]
    for w in words:
        node = 0
        for ch in w:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
                is_word.append(False)
            node = nxt
        is_word[node] = True
    out = []
    for w in words:
        node = children[0][w[0]]
        presses = 1  # the first letter is always typed
        for ch in w[1:]:
            if len(children[node]) > 1 or is_word[node]:
                presses += 1
            node = children[node][ch]
        if len(w) > 1 and (len(children[node]) > 1 or is_word[node]) and children[node]:
            presses += 1
        out.append(presses)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
