"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
s = lines[0]
k, b, m = map(int, lines[1].split())
answers = case["output"].split()
parts = []
for i, h in enumerate(answers[:4]):
    piece = s[i:i + k]
    terms = " + ".join(f"{ord(ch) - 96}·{b}^{k - 1 - t}" for t, ch in enumerate(piece))
    parts.append(f"H_{i + 1} (`{piece}`) = ({terms}) mod {m} = {h}")
if len(answers) > 4:
    parts.append("이후 부분도 같은 방식입니다" if ko else "and so on for the later pieces")
head = "각 부분의 체크섬: " if ko else "Checksums of the pieces: "
print(head + "; ".join(parts) + ".")
