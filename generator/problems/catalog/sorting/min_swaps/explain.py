"""A sample's explanation from its input: one shortest sequence of exchanges, shown move by move with the row after
each. It does not state why that is the fewest (the cycles of target positions are the problem): it shows a way the
answer is reached, as a contestant checks a sample by hand."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
toks = case["input"].split()
n = int(toks[0])
a = list(map(int, toks[1:1 + n]))
goal = sorted(a)
where = {v: i for i, v in enumerate(a)}
moves = []
for i in range(n):
    if a[i] != goal[i]:  # bring the value that belongs here from where it stands: one exchange, never undone
        j = where[goal[i]]
        a[i], a[j] = a[j], a[i]
        where[a[i]], where[a[j]] = i, j
        moves.append((a[j], a[i], " ".join(map(str, a))))
if not moves:
    print("이미 증가하는 순서이므로 0입니다." if ko else "The row is already increasing, so the answer is 0.")
elif ko:
    label, item, counter = texts["label"], texts["item"], texts["counter"]
    steps = []
    for k, (x, y, row) in enumerate(moves):
        which = f"{label}이(가) {x}, {y}인 {item} 두 {counter}을(를)" if k == 0 else f"이어서 {x}과(와) {y}을(를)"
        steps.append(f"{which} 맞바꾸면 {row}이(가) {'됩니다' if k == len(moves) - 1 else '되고'}")
    print(", ".join(steps) + f". 이렇게 {len(moves)}번이면 정렬되며, 이보다 적은 이동으로는 정렬할 수 없습니다.")
else:
    steps = [f"exchange the {texts['items']} whose {texts['labels']} are {x} and {y}, and the row reads {row}" if k == 0
             else f"then exchange {x} and {y}: {row}" for k, (x, y, row) in enumerate(moves)]
    print("One way: " + "; ".join(steps) + f". That is {len(moves)} move{'s' if len(moves) > 1 else ''}, and no "
          f"fewer moves sort the row.")
