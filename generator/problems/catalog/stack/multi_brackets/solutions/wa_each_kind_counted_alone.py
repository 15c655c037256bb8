"""Wrong: checks each kind of bracket on its own, so "([)]" passes."""
import sys

data = sys.stdin.read().split()
out = []
for s in data[1:1 + int(data[0])]:
    ok = True
    for open_, close in ("()", "[]", "{}"):
        depth = 0
        for ch in s:
            if ch == open_:
                depth += 1
            elif ch == close:
                depth -= 1
                if depth < 0:
                    ok = False
        if depth != 0:
            ok = False
    out.append("YES" if ok else "NO")
sys.stdout.write("\n".join(out) + "\n")
