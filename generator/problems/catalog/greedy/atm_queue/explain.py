"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
Serving the shortest first is optimal; the explanation shows that order and each person's time (the running sums)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
people = texts.get("people", "people")
data = case["input"].split()
n = int(data[0])
times = sorted(map(int, data[1:1 + n]))
SHOWN = 8
spent, running = [], 0
for p in times:
    running += p
    spent.append(running)
total = sum(spent)
order = ", ".join(map(str, times[:SHOWN])) + (", …" if n > SHOWN else "")
each = " + ".join(map(str, spent[:SHOWN])) + (" + …" if n > SHOWN else "")
if ko:
    print(f"필요한 시간이 짧은 {texts.get('person', '사람')}부터 {order} 순서로 처리하면 각자 쓰는 시간은 앞사람들의 시간을 "
          f"더한 {each}이고, 합은 {total}입니다. 긴 사람이 앞에 서면 그 시간을 뒤의 모두가 기다리므로 짧은 순서가 "
          f"가장 좋습니다.")
else:
    print(f"Serving the {people} from the shortest need up, in the order {order}, each spends the running sum "
          f"{each}, for {total} in all. A longer need served earlier would be waited for by everyone behind it, so "
          f"the shortest-first order is best.")
