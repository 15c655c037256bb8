"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
p = nums[1]
answers = case["output"].split()
parts = []
for i, x in enumerate(answers):
    a, b = nums[2 + 2 * i], nums[3 + 2 * i]
    inverse = pow(b, p - 2, p)
    parts.append(f"{b}^({p}-2) ≡ {inverse}, {a} · {inverse} ≡ {x}; {b} · {x} = {b * int(x)} ≡ {a % p} (mod {p})")
print(("페르마의 소정리로 역원을 구하면: " if ko else "Inverses by Fermat's little theorem: ") + "; ".join(parts) + ".")
