"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
m = int(data[0])
tokens = case["output"].split()
if tokens[:1] == ["CYCLE"]:
    cycle = tokens[1:]
    text = " → ".join(cycle + cycle[:1])
    print(f"{text} 순서로 서로를 기다리는 순환이 있어서 가능한 순서가 없습니다. 다른 순환을 출력해도 정답입니다." if ko else
          f"{text} is a cycle: each of them must wait for the previous one, so no order exists. Any other cycle "
          f"is accepted as well.")
else:
    order = " ".join(tokens)
    print(f"순서 {order}에서는 선행 관계 {m}개가 모두 앞에서 뒤로 향합니다. 다른 올바른 순서를 출력해도 정답입니다." if ko else
          f"In the order {order} every one of the {m} statements holds. Any other valid order is accepted as well.")
