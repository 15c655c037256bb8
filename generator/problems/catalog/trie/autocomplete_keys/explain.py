"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
n = int(lines[0])
words = lines[1:1 + n]
dictionary = set(words)
parts = []
for w in words[:6]:
    pressed = [w[0]]
    for k in range(1, len(w)):
        t = w[:k]
        nexts = {v[k] for v in words if len(v) > k and v.startswith(t)}
        if len(nexts) > 1 or t in dictionary:
            pressed.append(w[k])
    keys = ", ".join(f"`{c}`" for c in pressed)
    presses = f"{len(pressed)} press" + ("es" if len(pressed) != 1 else "")
    parts.append(f"`{w}`: {keys} ({len(pressed)}번)" if ko else f"`{w}`: {keys} ({presses})")
head = "누르는 키: " if ko else "Keys pressed: "
print(head + "; ".join(parts) + ".")
