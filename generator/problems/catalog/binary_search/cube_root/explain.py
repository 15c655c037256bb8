"""A sample's explanation: for each number, the answer's cube and the next cube around it."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = list(map(int, case["input"].split()))[1:]
answers = list(map(int, case["output"].split()))
parts = []
for n, x in zip(values, answers):
    parts.append(f"{x}^3 = {x ** 3} ≤ {n} < {(x + 1) ** 3} = {x + 1}^3")
print(("; ".join(parts) + ".") if not ko else ("; ".join(parts) + " 이므로 답은 차례로 " + ", ".join(map(str, answers)) + "입니다."))
