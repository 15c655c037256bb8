"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = list(map(int, case["input"].split()[1:]))
answer = case["output"].split()
diffs = ", ".join(str(abs(v - values[0])) for v in values[1:])
if answer == ["-1"]:
    print("모든 수가 같으므로 어떤 M이든 됩니다." if ko else "All numbers are equal, so every M works.")
else:
    m, r = answer
    rems = ", ".join(f"{v} mod {m} = {r}" for v in values)
    if ko:
        print(f"a_1과의 차 {diffs}의 최대공약수는 {m}입니다. 확인: {rems}.")
    else:
        print(f"The differences from a_1 are {diffs}; their gcd is {m}. Check: {rems}.")
