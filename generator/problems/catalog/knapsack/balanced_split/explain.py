"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n = int(data[0])
values = [int(t) for t in data[1:1 + n]]
out = [int(t) for t in case["output"].split()]
d, group = out[0], out[2:]
side = sum(values[i - 1] for i in group)
other = sum(values) - side
chosen = ", ".join(map(str, group)) if group else ("없음" if ko else "none")
if ko:
    print(f"{chosen}번을 한쪽에 넣으면 합은 {side}, 나머지의 합은 {other}이므로 차이는 {d}이고, 이보다 작게 나눌 수는 없습니다. "
          f"차이가 같은 다른 나누기를 출력해도 정답입니다.")
else:
    print(f"Putting {'number' if len(group) == 1 else 'numbers'} {chosen} on one side gives {side} against {other}, a "
          f"difference of {d}; no split does better. Any other split with the same difference is accepted as well.")
